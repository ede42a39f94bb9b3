import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import { AmbassadorOverview } from '@chorus/shared/contracts';
import { provideChorusIcons } from '@chorus/web/ui';
import { AmbassadorsPage } from './ambassadors.page';

const OVERVIEW: AmbassadorOverview = {
  ambassadors: [
    { userId: 'u1', name: 'Ada Advocate', email: 'ada@example.com', groupId: 'g1', groupName: 'Sales DACH' },
  ],
  proposals: [
    { userId: 'u2', name: 'Bo Builder', groupId: 'g1', groupName: 'Sales DACH', points: 420, eligible: true },
    { userId: 'u3', name: 'Cy Casual', groupId: 'g1', groupName: 'Sales DACH', points: 90, eligible: false },
  ],
  groups: [{ id: 'g1', name: 'Sales DACH' }],
};

describe('AmbassadorsPage', () => {
  let backend: HttpTestingController;
  let fixture: ComponentFixture<AmbassadorsPage>;
  let element: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [AmbassadorsPage],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideChorusIcons(),
        { provide: MatSnackBar, useValue: jasmine.createSpyObj<MatSnackBar>('MatSnackBar', ['open']) },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(AmbassadorsPage);
    element = fixture.nativeElement;
    await fixture.whenStable();
    backend.expectOne('/api/enablement/ambassadors').flush(OVERVIEW);
    await fixture.whenStable();
  });

  afterEach(() => backend.verify());

  const proposal = (name: string) =>
    element.querySelector<HTMLElement>(`[data-testid="ambassador-proposal"][data-name="${name}"]`);

  it('shows the ambassadors and the proposals with the eligible badge', () => {
    expect(element.querySelector('[data-testid="ambassador"]')?.textContent).toContain('ada@example.com');
    expect(proposal('Bo Builder')?.querySelector('[data-testid="ambassador-eligible"]')).not.toBeNull();
    expect(proposal('Cy Casual')?.querySelector('[data-testid="ambassador-eligible"]')).toBeNull();
    // Only holders of the ambassador capability can be made ambassadors (the API refuses the others).
    const make = (name: string) => proposal(name)?.querySelector<HTMLButtonElement>('[data-testid="ambassador-make"]');
    expect(make('Bo Builder')?.disabled).toBeFalse();
    expect(make('Cy Casual')?.disabled).toBeTrue();
    expect(proposal('Bo Builder')?.textContent).toContain('420 points in 90 days');
  });

  it('makes a proposed advocate ambassador and reloads', async () => {
    proposal('Bo Builder')?.querySelector<HTMLElement>('[data-testid="ambassador-make"]')?.click();
    await fixture.whenStable();
    backend.expectOne({ url: '/api/enablement/ambassadors/g1/u2', method: 'PUT' }).flush(null);
    await fixture.whenStable();
    backend.expectOne('/api/enablement/ambassadors').flush(OVERVIEW);
    await fixture.whenStable();
  });
});
