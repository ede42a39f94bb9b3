import { Provider } from '@nestjs/common';
import { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { parseEncryptionKeys, SecretBox } from './secret-box';

/** The SecretBox built from ENCRYPTION_KEYS, injectable as `SecretBox`. */
export const secretBoxProvider: Provider = {
  provide: SecretBox,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig) => new SecretBox(parseEncryptionKeys(config.ENCRYPTION_KEYS)),
};
