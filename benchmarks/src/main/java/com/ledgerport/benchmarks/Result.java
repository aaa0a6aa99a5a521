package com.ledgerport.benchmarks;

import org.HdrHistogram.Histogram;

/** One measured run: transfers per second and latency percentiles (milliseconds). */
record Result(String system, long transfers, long failures, double seconds, Histogram latencyMicros) {

    double throughput() {
        return transfers / seconds;
    }

    double percentileMillis(double percentile) {
        return latencyMicros.getValueAtPercentile(percentile) / 1000.0;
    }

    /** Latencies from 1 µs to 10 minutes, three significant digits. */
    static Histogram histogram() {
        return new Histogram(1, 600_000_000L, 3);
    }
}
