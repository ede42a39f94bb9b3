import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { AuthStore } from '@chorus/web/core';
import { provideChorusIcons } from '@chorus/web/ui';
import { ProfilePage } from './profile.page';

describe('ProfilePage', () => {
  it('links to the e-mail and notification settings', async () => {
    TestBed.configureTestingModule({
      imports: [ProfilePage],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), provideChorusIcons()],
    });
    TestBed.inject(AuthStore).setUser({
      id: 'u1',
      email: 'sam@example.com',
      name: 'Sam',
      roles: ['advocate'],
      groups: [],
    });
    const fixture = TestBed.createComponent(ProfilePage);
    await fixture.whenStable();
    const link = (fixture.nativeElement as HTMLElement).querySelector<HTMLAnchorElement>(
      '[data-testid="profile-notifications"]',
    );
    expect(link?.getAttribute('href')).toBe('/notifications');
    expect(link?.textContent).toContain('E-mail and notifications');
  });
});
