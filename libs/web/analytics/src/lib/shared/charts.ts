import {
  BarController,
  BarElement,
  CategoryScale,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { provideCharts } from 'ng2-charts';

/** Only the chart.js parts the reach charts use (line and bar charts with tooltips and a legend). */
export function provideAnalyticsCharts() {
  return provideCharts({
    registerables: [
      LineController,
      BarController,
      LineElement,
      PointElement,
      BarElement,
      CategoryScale,
      LinearScale,
      Filler,
      Tooltip,
      Legend,
    ],
    defaults: {
      font: { family: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif" },
      animation: false,
    },
  });
}

/** The series colours (Material azure / violet / teal / amber tones), readable on the light surface. */
export const CHART_COLORS = ['#005cbb', '#7d00fa', '#00696d', '#a15c00'] as const;
