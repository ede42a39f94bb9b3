import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { invalid, notFound } from '@chorus/server/core';
import { Actor } from '@chorus/server/identity';
import { Repository } from 'typeorm';
import { ContentImage } from '../entities';
import { isUuid } from '../util';

export const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'] as const;
export type ImageType = (typeof IMAGE_TYPES)[number];
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;

/** The file's own signature must agree with the declared type; a renamed HTML file is not an image. */
export function matchesMagic(type: ImageType, data: Buffer): boolean {
  switch (type) {
    case 'image/png':
      return data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    case 'image/jpeg':
      return data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff;
    case 'image/gif':
      return ['GIF87a', 'GIF89a'].includes(data.subarray(0, 6).toString('latin1'));
    case 'image/webp':
      return data.subarray(0, 4).toString('latin1') === 'RIFF' && data.subarray(8, 12).toString('latin1') === 'WEBP';
  }
}

@Injectable()
export class ImagesService {
  constructor(@InjectRepository(ContentImage) private readonly images: Repository<ContentImage>) {}

  async upload(actor: Actor, contentType: ImageType, dataBase64: string): Promise<{ id: string; url: string }> {
    const data = Buffer.from(dataBase64, 'base64');
    if (data.length === 0) throw invalid('dataBase64', 'must be a base64-encoded image');
    if (data.length > MAX_IMAGE_BYTES) throw invalid('dataBase64', 'must be at most 2 MB once decoded');
    if (!matchesMagic(contentType, data)) throw invalid('dataBase64', `is not a ${contentType} file`);
    const { id } = await this.images.save(
      this.images.create({ contentType, data, size: data.length, createdBy: actor.id }),
    );
    return { id, url: `/api/content/images/${id}` };
  }

  async read(id: string): Promise<{ contentType: string; data: Buffer }> {
    const image = isUuid(id)
      ? await this.images.createQueryBuilder('i').addSelect('i.data').where('i.id = :id', { id }).getOne()
      : null;
    if (!image) throw notFound('The image');
    return { contentType: image.contentType, data: image.data };
  }
}
