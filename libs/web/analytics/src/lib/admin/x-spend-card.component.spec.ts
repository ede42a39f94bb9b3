import { TestBed } from '@angular/core/testing';
import { XReadSpend } from '@chorus/shared/contracts';
import { provideAnalyticsCharts } from '../shared/charts';
import { XSpendCardComponent } from './x-spend-card.component';

function spend(costs: number[]): XReadSpend {
  return {
    currency: 'USD',
    pricePerRead: 0.0005,
    budgetPerDay: 500,
    today: { day: '2030-01-30', reads: 4, cost: 0.002 },
    monthToDate: { reads: 60, cost: 0.03 },
    days: costs.map((cost, i) => ({ day: `2030-01-${String(i + 1).padStart(2, '0')}`, reads: cost / 0.0005, cost })),
  };
}

describe('XSpendCardComponent', () => {
  async function chartLabel(costs: number[]): Promise<string> {
    TestBed.configureTestingModule({ imports: [XSpendCardComponent], providers: [provideAnalyticsCharts()] });
    const fixture = TestBed.createComponent(XSpendCardComponent);
    fixture.componentRef.setInput('spend', spend(costs));
    await fixture.whenStable();
    return (fixture.nativeElement as HTMLElement).querySelector('canvas')?.getAttribute('aria-label') ?? '';
  }

  it('gives daily costs of a few cents enough decimals to tell them apart', async () => {
    const label = await chartLabel([0.002, 0.0125, 0.016]);
    expect(label).toContain('US$0.002');
    expect(label).toContain('US$0.013');
    expect(label).toContain('US$0.016');
  });

  it('keeps cents for larger daily costs', async () => {
    const label = await chartLabel([0.5, 1.25]);
    expect(label).toContain('US$0.50');
    expect(label).toContain('US$1.25');
  });
});
