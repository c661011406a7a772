/* cal-bench.h — what every benchmark shares: a clock, samples, one row format
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A benchmark collects samples (milliseconds, MB, a ratio…), then prints
 * one row per figure:
 *
 *   area | measure | median | p95 | unit | target | ok/MISS
 *
 * When CALIBRD_BENCH_ROWS names a file, each row is also appended to it,
 * tab-separated, so that bench/run-all.sh can print every bench's rows as
 * one table at the end. A MISS is reported, never fatal: a slow machine is
 * not a bug.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _CalBenchSamples CalBenchSamples;

CalBenchSamples *cal_bench_samples_new    (void);
void             cal_bench_samples_free   (CalBenchSamples *samples);
void             cal_bench_samples_add    (CalBenchSamples *samples,
                                           double           value);
guint            cal_bench_samples_len    (CalBenchSamples *samples);
double           cal_bench_samples_median (CalBenchSamples *samples);
double           cal_bench_samples_p95    (CalBenchSamples *samples);
double           cal_bench_samples_max    (CalBenchSamples *samples);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CalBenchSamples, cal_bench_samples_free)

gint64           cal_bench_now            (void);
double           cal_bench_ms_since       (gint64           start);
double           cal_bench_rss_mb         (int              pid);
void             cal_bench_rm_rf          (const char      *path);

void             cal_bench_header         (void);
gboolean         cal_bench_row            (const char      *area,
                                           const char      *measure,
                                           CalBenchSamples *samples,
                                           const char      *unit,
                                           const char      *target);
gboolean         cal_bench_value          (const char      *area,
                                           const char      *measure,
                                           double           value,
                                           const char      *unit,
                                           const char      *target);
void             cal_bench_note           (const char      *area,
                                           const char      *format,
                                           ...) G_GNUC_PRINTF (2, 3);

G_END_DECLS
