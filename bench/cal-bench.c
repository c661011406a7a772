/* cal-bench.c — what every benchmark shares: a clock, samples, one row format
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gstdio.h>

#include "cal-bench.h"

struct _CalBenchSamples
{
  GArray   *values;
  gboolean  sorted;
};

CalBenchSamples *
cal_bench_samples_new (void)
{
  CalBenchSamples *samples = g_new0 (CalBenchSamples, 1);

  samples->values = g_array_new (FALSE, FALSE, sizeof (double));
  return samples;
}

void
cal_bench_samples_free (CalBenchSamples *samples)
{
  if (samples == NULL)
    return;
  g_array_unref (samples->values);
  g_free (samples);
}

void
cal_bench_samples_add (CalBenchSamples *samples,
                       double           value)
{
  g_array_append_val (samples->values, value);
  samples->sorted = FALSE;
}

guint
cal_bench_samples_len (CalBenchSamples *samples)
{
  return samples->values->len;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* The value below which @fraction of the samples fall, by the nearest-rank
 * rule: with 20 samples the p95 is the 19th, with fewer than 20 it is the
 * largest, which is the honest answer for a short run. */
static double
quantile (CalBenchSamples *samples,
          double           fraction)
{
  guint n = samples->values->len;
  guint rank;

  if (n == 0)
    return 0.0;
  if (!samples->sorted)
    {
      g_array_sort (samples->values, compare_doubles);
      samples->sorted = TRUE;
    }
  rank = (guint) (fraction * n + 0.999999);
  rank = CLAMP (rank, 1, n);
  return g_array_index (samples->values, double, rank - 1);
}

double
cal_bench_samples_median (CalBenchSamples *samples)
{
  guint n = samples->values->len;

  if (n == 0)
    return 0.0;
  quantile (samples, 0.5);
  if (n % 2 == 1)
    return g_array_index (samples->values, double, n / 2);
  return (g_array_index (samples->values, double, n / 2 - 1) + g_array_index (samples->values, double, n / 2)) / 2;
}

double
cal_bench_samples_p95 (CalBenchSamples *samples)
{
  return quantile (samples, 0.95);
}

double
cal_bench_samples_max (CalBenchSamples *samples)
{
  return quantile (samples, 1.0);
}

/**
 * cal_bench_now:
 *
 * Returns: the monotonic clock in µs; the same clock in every process, so
 *   a time printed by a child (the first-frame hook) compares with it
 */
gint64
cal_bench_now (void)
{
  return g_get_monotonic_time ();
}

double
cal_bench_ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

/**
 * cal_bench_rss_mb:
 * @pid: a process, or 0 for this one
 *
 * Returns: its resident set size in MB (VmRSS), or -1 if unknown
 */
double
cal_bench_rss_mb (int pid)
{
  g_autofree char *path = pid > 0 ? g_strdup_printf ("/proc/%d/status", pid) : g_strdup ("/proc/self/status");
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents (path, &status, NULL, NULL))
    return -1;
  line = strstr (status, "\nVmRSS:");
  if (line == NULL)
    return -1;
  return g_ascii_strtod (line + strlen ("\nVmRSS:"), NULL) / 1024.0;
}

static char *
format_number (double value)
{
  double magnitude = ABS (value);

  if (magnitude == 0)
    return g_strdup ("0");
  if (magnitude < 0.1)
    return g_strdup_printf ("%.4f", value);
  if (magnitude < 10)
    return g_strdup_printf ("%.2f", value);
  if (magnitude < 1000)
    return g_strdup_printf ("%.1f", value);
  return g_strdup_printf ("%.0f", value);
}

typedef enum
{
  GOAL_NONE,
  GOAL_BELOW,
  GOAL_AT_MOST,
  GOAL_ABOVE,
  GOAL_AT_LEAST,
} Goal;

/* Reads "< 50", "<= 1.5", "≤ 0.35", ">= 90", or with a "p95 " prefix when
 * the target bounds the 95th percentile rather than the median. */
static Goal
parse_target (const char *target,
              gboolean   *on_p95,
              double     *bound)
{
  const char *p = target;
  Goal goal;

  *on_p95 = FALSE;
  if (p == NULL || *p == '\0')
    return GOAL_NONE;
  if (g_str_has_prefix (p, "p95 "))
    {
      *on_p95 = TRUE;
      p += 4;
    }
  if (g_str_has_prefix (p, "<="))
    goal = GOAL_AT_MOST, p += 2;
  else if (g_str_has_prefix (p, "≤"))
    goal = GOAL_AT_MOST, p += strlen ("≤");
  else if (g_str_has_prefix (p, ">="))
    goal = GOAL_AT_LEAST, p += 2;
  else if (g_str_has_prefix (p, "≥"))
    goal = GOAL_AT_LEAST, p += strlen ("≥");
  else if (*p == '<')
    goal = GOAL_BELOW, p++;
  else if (*p == '>')
    goal = GOAL_ABOVE, p++;
  else
    g_error ("cal-bench: cannot read the target “%s”", target);
  *bound = g_ascii_strtod (p, NULL);
  return goal;
}

void
cal_bench_header (void)
{
  g_print ("%-12s | %-44s | %10s | %10s | %-6s | %-12s | %s\n",
           "area", "measure", "median", "p95", "unit", "target", "ok/MISS");
}

static gboolean
print_row (const char *area,
           const char *measure,
           double      median,
           const char *p95_text,
           double      p95,
           const char *unit,
           const char *target)
{
  g_autofree char *median_text = format_number (median);
  const char *verdict = "";
  gboolean on_p95 = FALSE;
  double bound = 0, judged;
  gboolean ok = TRUE;
  const char *rows;

  switch (parse_target (target, &on_p95, &bound))
    {
    case GOAL_NONE:
      break;
    case GOAL_BELOW:
      judged = on_p95 ? p95 : median;
      ok = judged < bound;
      break;
    case GOAL_AT_MOST:
      judged = on_p95 ? p95 : median;
      ok = judged <= bound;
      break;
    case GOAL_ABOVE:
      judged = on_p95 ? p95 : median;
      ok = judged > bound;
      break;
    case GOAL_AT_LEAST:
      judged = on_p95 ? p95 : median;
      ok = judged >= bound;
      break;
    }
  if (target != NULL && *target != '\0')
    verdict = ok ? "ok" : "MISS";

  g_print ("%-12s | %-44s | %10s | %10s | %-6s | %-12s | %s\n",
           area, measure, median_text, p95_text, unit, target != NULL ? target : "", verdict);

  rows = g_getenv ("CALIBRD_BENCH_ROWS");
  if (rows != NULL && *rows != '\0')
    {
      FILE *file = fopen (rows, "a");

      if (file == NULL)
        g_error ("cal-bench: cannot append to %s", rows);
      fprintf (file, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", area, measure, median_text, p95_text, unit,
               target != NULL ? target : "", verdict);
      fclose (file);
    }

  return ok;
}

/**
 * cal_bench_row:
 * @area: "store", "start-up"…
 * @measure: what was measured, with its conditions
 * @samples: the samples, in @unit
 * @unit: "ms", "MB", "MB/s", "×"…
 * @target: (nullable): e.g. "< 50", "≤ 1.5", "p95 < 10", ">= 90"
 *
 * Prints one row: median and p95 of @samples and whether the target is met.
 *
 * Returns: %FALSE on a MISS
 */
gboolean
cal_bench_row (const char      *area,
               const char      *measure,
               CalBenchSamples *samples,
               const char      *unit,
               const char      *target)
{
  double median = cal_bench_samples_median (samples);
  double p95 = cal_bench_samples_p95 (samples);
  g_autofree char *p95_text = format_number (p95);

  return print_row (area, measure, median, p95_text, p95, unit, target);
}

/**
 * cal_bench_value:
 *
 * Like cal_bench_row() for a figure that is one value (a size, an
 * accuracy, a ratio of medians): the p95 column shows "-".
 */
gboolean
cal_bench_value (const char *area,
                 const char *measure,
                 double      value,
                 const char *unit,
                 const char *target)
{
  return print_row (area, measure, value, "-", value, unit, target);
}

/**
 * cal_bench_note:
 *
 * Prints a detail line (sample counts, data sizes, accuracy tables) that
 * explains a figure but does not go into the summary table.
 */
void
cal_bench_note (const char *area,
                const char *format,
                ...)
{
  g_autofree char *text = NULL;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  g_print ("# %s: %s\n", area, text);
}

/**
 * cal_bench_rm_rf:
 * @path: a folder a benchmark made
 *
 * Removes @path and everything in it; symbolic links are removed, not
 * followed.
 */
void
cal_bench_rm_rf (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        cal_bench_rm_rf (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}
