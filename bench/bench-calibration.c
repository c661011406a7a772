/* bench-calibration.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Measures the story calibrator against the labelled stories in
 * tests/data/stories (scope, impact-first, metric) and times the
 * calibrator and the coach. Prints figures; never fails on slowness.
 *
 * Usage: bench-calibration [STORIES_DIR] [--verbose]; the stories default
 * to tests/data/stories in the source tree.
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cal-bench.h"
#include "cal-calibrator.h"
#include "cal-coach.h"
#include "cal-star.h"

typedef struct
{
  char    *scope;
  gboolean impact_first;
  gboolean has_metric;
  char    *target_level;
} Labels;

static gboolean
parse_labels (const char *front_matter,
              Labels     *labels)
{
  g_auto(GStrv) lines = g_strsplit (front_matter != NULL ? front_matter : "", "\n", -1);
  gboolean has_scope = FALSE;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) kv = g_strsplit (lines[i], ":", 2);

      if (kv[0] == NULL || kv[1] == NULL)
        continue;
      g_strstrip (kv[0]);
      g_strstrip (kv[1]);
      if (g_str_equal (kv[0], "scope"))
        {
          labels->scope = g_strdup (kv[1]);
          has_scope = TRUE;
        }
      else if (g_str_equal (kv[0], "impact_first"))
        labels->impact_first = g_str_equal (kv[1], "true");
      else if (g_str_equal (kv[0], "has_metric"))
        labels->has_metric = g_str_equal (kv[1], "true");
      else if (g_str_equal (kv[0], "target_level"))
        labels->target_level = g_strdup (kv[1]);
    }
  return has_scope;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static void
print_accuracy (const char *what,
                guint       good,
                guint       total,
                const char *target)
{
  g_autofree char *measure = g_strdup_printf ("accuracy: %s (%u stories)", what, total);

  cal_bench_value ("calibration", measure, total > 0 ? 100.0 * good / total : 0.0, "%", target);
}

/* A story of about @n_words words made of the labelled stories' text. */
static char *
make_long_story (GPtrArray *texts,
                 guint      n_words)
{
  GString *story = g_string_new ("Situation: ");
  guint words = 0;

  for (guint i = 0; words < n_words; i = (i + 1) % texts->len)
    {
      g_autoptr(CalStarText) star = cal_star_text_split (g_ptr_array_index (texts, i));

      for (guint p = 0; p < CAL_STAR_N && words < n_words; p++)
        {
          const char *part = star->parts[p] != NULL ? star->parts[p] : star->preamble;
          g_auto(GStrv) split = g_strsplit (part != NULL ? part : "", " ", -1);

          for (guint w = 0; split[w] != NULL && words < n_words; w++, words++)
            g_string_append_printf (story, "%s ", split[w]);
          g_string_append_c (story, '\n');
        }
    }
  return g_string_free (story, FALSE);
}

int
main (int   argc,
      char *argv[])
{
  const char *dir_path = NULL;
  gboolean verbose = FALSE;
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CalCalibrator) calibrator = cal_calibrator_new (NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  guint total = 0, exact = 0, within_one = 0, impact_ok = 0, metric_ok = 0;
  guint rung_count[CAL_SCOPE_N] = { 0, };
  const char *name;

  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--verbose"))
        verbose = TRUE;
      else
        dir_path = argv[i];
    }
  if (dir_path == NULL)
    dir_path = g_getenv ("CALIBRD_STORIES_DIR");
  if (dir_path == NULL)
    dir_path = SOURCE_DIR "/tests/data/stories";

  dir = g_dir_open (dir_path, 0, &error);
  if (dir == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".md"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (dir_path, g_ptr_array_index (names, i), NULL);
      g_autofree char *text = NULL;
      g_autoptr(CalStarText) star = NULL;
      g_autoptr(CalCalibration) result = NULL;
      Labels labels = { 0 };
      CalScope expected, got;
      gboolean ok_scope, ok_impact, ok_metric;

      if (!g_file_get_contents (path, &text, NULL, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      star = cal_star_text_split (text);
      if (!parse_labels (star->front_matter, &labels) || !cal_scope_from_string (labels.scope, &expected))
        {
          g_printerr ("%s: no scope label\n", path);
          return 1;
        }

      result = cal_calibrator_calibrate_text (calibrator, text, labels.target_level, &error);
      if (result == NULL)
        {
          g_printerr ("%s: %s\n", path, error->message);
          return 1;
        }

      got = cal_calibration_get_scope (result);
      ok_scope = got == expected;
      ok_impact = cal_calibration_get_impact_first (result) == labels.impact_first;
      ok_metric = cal_calibration_get_has_metric (result) == labels.has_metric;

      total++;
      rung_count[expected]++;
      exact += ok_scope;
      within_one += ABS ((int) got - (int) expected) <= 1;
      impact_ok += ok_impact;
      metric_ok += ok_metric;

      if (verbose && (!ok_scope || !ok_impact || !ok_metric))
        g_print ("%-36s scope %s/%s%s impact %d/%d%s metric %d/%d%s\n",
                 (const char *) g_ptr_array_index (names, i),
                 cal_scope_to_string (got), labels.scope, ok_scope ? "" : " ✗",
                 cal_calibration_get_impact_first (result), labels.impact_first, ok_impact ? "" : " ✗",
                 cal_calibration_get_has_metric (result), labels.has_metric, ok_metric ? "" : " ✗");

      g_ptr_array_add (texts, g_steal_pointer (&text));
      g_free (labels.scope);
      g_free (labels.target_level);
    }

  {
    g_autoptr(GString) rungs = g_string_new (NULL);

    for (guint r = 0; r < CAL_SCOPE_N; r++)
      g_string_append_printf (rungs, "%s%s %u", r > 0 ? ", " : "", cal_scope_to_string (r), rung_count[r]);
    cal_bench_note ("calibration", "%u labelled stories (%s)", total, rungs->str);
  }
  print_accuracy ("scope, exact", exact, total, ">= 70");
  print_accuracy ("scope, within one rung", within_one, total, ">= 90");
  print_accuracy ("impact-first", impact_ok, total, ">= 90");
  print_accuracy ("has-metric", metric_ok, total, ">= 90");

  if (texts->len > 0)
    {
      g_autofree char *story = make_long_story (texts, 500);
      g_autoptr(CalBenchSamples) samples = cal_bench_samples_new ();

      for (guint run = 0; run < 200; run++)
        {
          gint64 start = cal_bench_now ();
          g_autoptr(CalCalibration) result = cal_calibrator_calibrate_text (calibrator, story, "senior", NULL);

          if (result == NULL)
            g_error ("the calibrator failed on a 500-word story");
          cal_bench_samples_add (samples, cal_bench_ms_since (start));
        }
      cal_bench_row ("calibration", "calibrate a 500-word story", samples, "ms", "< 2");
    }

  if (texts->len > 0)
    {
      g_autofree char *story = make_long_story (texts, 700);
      g_auto(GStrv) words = g_strsplit_set (story, " \n", -1);
      g_autoptr(CalTranscript) transcript = cal_transcript_new ("bench", 300.0);
      g_autoptr(CalCoach) coach = cal_coach_new (NULL);
      g_autoptr(CalBenchSamples) samples = cal_bench_samples_new ();
      guint n = 0;
      double t = 0.5;

      /* 700 words over 5 minutes with a pause now and then. */
      for (guint w = 0; words[w] != NULL; w++)
        if (*words[w] != '\0')
          {
            cal_transcript_add_word (transcript, words[w], t, t + 0.3);
            t += (++n % 23 == 0) ? 2.5 : 0.39;
          }

      for (guint run = 0; run < 100; run++)
        {
          gint64 start = cal_bench_now ();
          g_autoptr(CalCoachReport) report = cal_coach_analyze (coach, transcript, NULL, "senior", NULL, NULL);

          if (report == NULL)
            g_error ("the coach failed on a 5-minute transcript");
          cal_bench_samples_add (samples, cal_bench_ms_since (start));
        }
      cal_bench_note ("coach", "transcript of %u words over %.0f s", n, t);
      cal_bench_row ("coach", "coach a 5-minute transcript", samples, "ms", "< 5");
    }

  return 0;
}
