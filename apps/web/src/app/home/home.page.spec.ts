import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { AuthStore } from '@chorus/web/core';
import { provideChorusIcons } from '@chorus/web/ui';
import { greeting, HomePage } from './home.page';

describe('HomePage', () => {
  it('greets the user and shows their roles, groups and one card per area', async () => {
    TestBed.configureTestingModule({
      imports: [HomePage],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), provideChorusIcons()],
    });
    TestBed.inject(AuthStore).setUser({
      id: 'u1',
      email: 'kim@example.com',
      name: 'Kim Weber',
      roles: ['curator', 'lead'],
      groups: [{ id: 'g1', name: 'Sales DACH' }],
    });
    const fixture = TestBed.createComponent(HomePage);
    await fixture.whenStable();
    const element: HTMLElement = fixture.nativeElement;

    expect(element.querySelector('h1')?.textContent).toContain(', Kim');
    expect(element.querySelector('[data-testid="home-roles"]')?.textContent).toContain('Curator');
    expect(element.querySelector('[data-testid="home-roles"]')?.textContent).toContain('Lead');
    expect(element.querySelector('[data-testid="home-groups"]')?.textContent).toContain('Sales DACH');
    const cards = Array.from(element.querySelectorAll('a[data-testid^="home-card-"]')).map((a) =>
      a.getAttribute('href'),
    );
    expect(cards).toEqual([
      '/feed',
      '/my-posts',
      '/my-reach',
      '/learning',
      '/points',
      '/curation/inbox',
      '/curation/content',
      '/curation/sources',
      '/curation/topics',
      '/guidelines',
      '/connections',
      '/audiences',
      '/analytics',
      '/advocates',
      '/skill-paths',
      '/ambassadors',
      '/pulse',
      '/account-health',
      '/leaderboards',
      '/challenges',
      '/notifications',
      '/profile',
    ]);
    expect(element.querySelector('[data-testid="home-card-curation-inbox"]')?.textContent).toContain('Inbox');
  });

  it('picks a greeting for the time of day', () => {
    expect(greeting(8)).toBe('Good morning');
    expect(greeting(14)).toBe('Good afternoon');
    expect(greeting(20)).toBe('Good evening');
  });
});
