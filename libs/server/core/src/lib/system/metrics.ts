import { Injectable } from '@nestjs/common';

export interface Counter {
  inc(by?: number): void;
  value(): number;
}

interface Metric {
  help: string;
  type: 'counter' | 'gauge';
  read(): number;
}

/**
 * The process's operational counters and gauges (a domain registers its own; core cannot import domains),
 * served in the Prometheus text format at `/api/health/metrics`. Per process: a scraper adds up instances.
 */
@Injectable()
export class Metrics {
  private readonly metrics = new Map<string, Metric>();

  /** A monotonically increasing count; registering the same name twice returns the same counter. */
  counter(name: string, help: string): Counter {
    const existing = this.metrics.get(name) as (Metric & { counter?: Counter }) | undefined;
    if (existing?.counter) return existing.counter;
    let total = 0;
    const counter: Counter = {
      inc: (by = 1) => {
        total += by;
      },
      value: () => total,
    };
    this.metrics.set(name, { help, type: 'counter', read: () => total, counter } as Metric);
    return counter;
  }

  /** A value read when the metrics are served (e.g. a buffer's current length). */
  gauge(name: string, help: string, read: () => number): void {
    this.metrics.set(name, { help, type: 'gauge', read });
  }

  value(name: string): number | undefined {
    return this.metrics.get(name)?.read();
  }

  /** Prometheus text exposition format 0.0.4. */
  render(): string {
    const lines: string[] = [];
    for (const [name, metric] of [...this.metrics].sort(([a], [b]) => a.localeCompare(b))) {
      lines.push(`# HELP ${name} ${metric.help}`, `# TYPE ${name} ${metric.type}`, `${name} ${metric.read()}`);
    }
    return lines.join('\n') + '\n';
  }
}
