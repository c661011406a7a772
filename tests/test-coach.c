/* test-coach.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "cal-calibrator.h"
#include "cal-coach.h"

/* Builds a transcript from "word word | word" where each word takes
 * @step seconds and each "|" inserts a silence of @gap seconds; "||" a
 * silence of 3 * @gap. */
static CalTranscript *
make_transcript (const char *spoken,
                 double      step,
                 double      gap,
                 double      duration)
{
  g_auto(GStrv) tokens = g_strsplit (spoken, " ", -1);
  CalTranscript *transcript = cal_transcript_new ("test", duration);
  double t = 0.5;

  for (guint i = 0; tokens[i] != NULL; i++)
    {
      if (g_str_equal (tokens[i], "|"))
        t += gap;
      else if (g_str_equal (tokens[i], "||"))
        t += 3 * gap;
      else if (*tokens[i] != '\0')
        {
          cal_transcript_add_word (transcript, tokens[i], t, t + step * 0.8);
          t += step;
        }
    }
  return transcript;
}

static CalCoachReport *
coach (CalTranscript *transcript,
       const char    *level)
{
  g_autoptr(CalCoach) coach = cal_coach_new (NULL);
  g_autoptr(GError) error = NULL;
  CalCoachReport *report = cal_coach_analyze (coach, transcript, "Tell me about a time you improved reliability.",
                                              level, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (report);
  return report;
}

static guint
count_of (GHashTable *counts,
          const char *key)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (counts, key));
}

static gboolean
has_advice (CalCoachReport *report,
            const char     *kind,
            const char     *needle)
{
  for (guint i = 0; i < cal_coach_report_get_n_advice (report); i++)
    {
      const CalCoachAdvice *advice = cal_coach_report_get_advice (report, i);

      if (g_str_equal (advice->kind, kind) && (needle == NULL || strstr (advice->text, needle) != NULL))
        return TRUE;
    }
  return FALSE;
}

static void
test_fillers (void)
{
  g_autoptr(CalTranscript) transcript = make_transcript (
    "um we had a problem you know | so basically the queue was like really slow | "
    "i mean what kind of system does that | it was kind of broken | "
    "i like the design and we would like to keep it | uh it took like 30 minutes",
    0.4, 1.0, 0);
  g_autoptr(CalCoachReport) report = coach (transcript, NULL);
  GHashTable *fillers = cal_coach_report_get_fillers (report);

  g_assert_cmpuint (count_of (fillers, "um"), ==, 1);
  g_assert_cmpuint (count_of (fillers, "uh"), ==, 1);
  g_assert_cmpuint (count_of (fillers, "you know"), ==, 1);
  g_assert_cmpuint (count_of (fillers, "basically"), ==, 1);
  g_assert_cmpuint (count_of (fillers, "i mean"), ==, 1);
  /* "so" after a pause starts a clause: a filler. */
  g_assert_cmpuint (count_of (fillers, "so"), ==, 1);
  /* "what kind of system" is a question, "kind of broken" a filler. */
  g_assert_cmpuint (count_of (fillers, "kind of"), ==, 1);
  /* "was like really slow" and "took like 30" are fillers; "i like" and
   * "would like to" are verbs. */
  g_assert_cmpuint (count_of (fillers, "like"), ==, 2);
  g_assert_cmpuint (cal_coach_report_get_n_fillers (report), ==, 9);
  g_assert_cmpfloat (cal_coach_report_get_fillers_per_min (report), >, 0);
}

static void
test_hedges_and_pauses (void)
{
  g_autoptr(CalTranscript) transcript = cal_transcript_new ("test", 80);
  g_autoptr(CalCoachReport) report = NULL;
  GHashTable *hedges;
  GArray *pauses;
  const CalSpeechSpan *pause;
  static const char * const first[] = { "i", "think", "we", "probably", "needed", "a", "new", "cache" };
  static const char * const second[] = { "i", "rewrote", "the", "cache", "layer" };
  static const char * const third[] = { "as", "a", "result", "latency", "dropped", "40", "percent" };
  double t = 1.0;

  for (guint i = 0; i < G_N_ELEMENTS (first); i++, t += 0.4)
    cal_transcript_add_word (transcript, first[i], t, t + 0.3);
  t = 30.0;
  for (guint i = 0; i < G_N_ELEMENTS (second); i++, t += 0.4)
    cal_transcript_add_word (transcript, second[i], t, t + 0.3);
  /* Four seconds of silence at 1:12 before the result. */
  t = 72.0 + 4.0;
  cal_transcript_add_word (transcript, "so", 71.6, 72.0);
  for (guint i = 0; i < G_N_ELEMENTS (third); i++, t += 0.4)
    cal_transcript_add_word (transcript, third[i], t, t + 0.3);

  report = coach (transcript, "senior");
  hedges = cal_calibration_get_hedges (cal_coach_report_get_calibration (report));
  g_assert_cmpuint (count_of (hedges, "i think"), ==, 1);
  g_assert_cmpuint (count_of (hedges, "probably"), ==, 1);

  pauses = cal_coach_report_get_long_pauses (report);
  g_assert_cmpuint (pauses->len, ==, 3);
  pause = &g_array_index (pauses, CalSpeechSpan, 2);
  g_assert_cmpfloat_with_epsilon (pause->start, 72.0, 1e-6);
  g_assert_cmpfloat_with_epsilon (pause->end, 76.0, 1e-6);
  g_assert_true (has_advice (report, "pause", "4 s at 1:12 before the result"));
}

static void
test_filler_clusters (void)
{
  g_autoptr(CalTranscript) transcript = cal_transcript_new ("test", 200);
  g_autoptr(CalCoachReport) report = NULL;
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) clusters = NULL;
  GArray *found;
  const CalSpeechSpan *cluster;
  double t = 0.5;

  /* Plain words every 0.4 s; fillers at 10, 20, 35 s (three in 25 s) and
   * at 100 and 150 s (too far apart to cluster). */
  while (t < 190)
    {
      gboolean filler = (t >= 10 && t < 10.4) || (t >= 20 && t < 20.4) || (t >= 35 && t < 35.4) ||
                        (t >= 100 && t < 100.4) || (t >= 150 && t < 150.4);

      cal_transcript_add_word (transcript, filler ? "um" : "word", t, t + 0.3);
      t += 0.4;
    }

  report = coach (transcript, NULL);
  found = cal_coach_report_get_filler_clusters (report);
  g_assert_cmpuint (count_of (cal_coach_report_get_fillers (report), "um"), ==, 5);
  g_assert_cmpuint (found->len, ==, 1);
  cluster = &g_array_index (found, CalSpeechSpan, 0);
  g_assert_cmpuint (cluster->count, ==, 3);
  g_assert_cmpfloat (cluster->start, >=, 10);
  g_assert_cmpfloat (cluster->end, <, 35.5);
  g_assert_true (has_advice (report, "filler-cluster", "0:10"));

  /* The helper on its own: two clusters separated by a quiet minute. */
  for (guint i = 0; i < 4; i++)
    {
      double a = 5 + i * 5;

      g_array_append_val (times, a);
    }
  {
    double more[] = { 100, 108, 116 };

    g_array_append_vals (times, more, 3);
  }
  clusters = cal_speech_clusters (times, 30, 3);
  g_assert_cmpuint (clusters->len, ==, 2);
  g_assert_cmpuint (g_array_index (clusters, CalSpeechSpan, 0).count, ==, 4);
  g_assert_cmpuint (g_array_index (clusters, CalSpeechSpan, 1).count, ==, 3);
}

static void
test_pace (void)
{
  g_autoptr(CalTranscript) even = cal_transcript_new ("test", 120);
  g_autoptr(CalTranscript) uneven = cal_transcript_new ("test", 120);
  g_autoptr(CalCoachReport) even_report = NULL;
  g_autoptr(CalCoachReport) uneven_report = NULL;
  GArray *windows;

  /* 300 words in 120 s, evenly: 150 words a minute. */
  for (guint i = 0; i < 300; i++)
    cal_transcript_add_word (even, "word", i * 0.4, i * 0.4 + 0.3);
  /* The first minute at 200 words a minute, the second at 100. */
  for (guint i = 0; i < 200; i++)
    cal_transcript_add_word (uneven, "word", i * 0.3, i * 0.3 + 0.25);
  for (guint i = 0; i < 100; i++)
    cal_transcript_add_word (uneven, "word", 60 + i * 0.6, 60 + i * 0.6 + 0.3);

  even_report = coach (even, NULL);
  g_assert_cmpuint (cal_coach_report_get_words (even_report), ==, 300);
  g_assert_cmpfloat_with_epsilon (cal_coach_report_get_duration (even_report), 120, 1e-6);
  g_assert_cmpfloat_with_epsilon (cal_coach_report_get_wpm (even_report), 150, 1e-6);
  g_assert_cmpfloat (cal_coach_report_get_wpm_variation (even_report), <, 0.05);
  windows = cal_coach_report_get_windows (even_report);
  g_assert_cmpuint (windows->len, ==, 6);
  g_assert_cmpfloat_with_epsilon (g_array_index (windows, CalSpeechWindow, 0).wpm, 150, 1e-6);
  g_assert_false (has_advice (even_report, "pace", NULL));
  g_assert_false (has_advice (even_report, "pace-variation", NULL));

  uneven_report = coach (uneven, NULL);
  g_assert_cmpfloat_with_epsilon (cal_coach_report_get_wpm (uneven_report), 150, 1e-6);
  g_assert_cmpfloat_with_epsilon (cal_coach_report_get_wpm_variation (uneven_report), 1.0 / 3.0, 0.02);
  g_assert_true (has_advice (uneven_report, "pace-variation", NULL));
}

static void
test_content (void)
{
  g_autoptr(CalTranscript) lead = make_transcript (
    "i cut checkout errors by 60 percent for three teams || "
    "at the time the payment service failed every week || "
    "i was asked to fix it || i added retries and i rewrote the timeout logic || "
    "as a result errors dropped from 200 to 80 a day",
    0.4, 0.5, 0);
  g_autoptr(CalTranscript) buried = make_transcript (
    "so at the time we had a lot of problems || we looked at them || we talked || we fixed things || "
    "in the end it was better",
    0.4, 0.5, 0);
  g_autoptr(CalCoachReport) good = coach (lead, "staff");
  g_autoptr(CalCoachReport) weak = coach (buried, "staff");
  CalCalibration *calibration = cal_coach_report_get_calibration (good);
  g_autoptr(JsonNode) node = cal_coach_report_to_json (good);
  JsonObject *object = json_node_get_object (node);
  static const char * const fields[] = {
    "scope", "detected_level", "target_level", "verdict", "impact_first", "has_metric", "star", "suggestions",
    "duration_s", "words", "wpm", "wpm_variation", "windows", "long_pauses", "fillers", "fillers_per_min",
    "filler_clusters", "hedges", "i_we_ratio", "advice",
  };

  g_assert_true (cal_calibration_get_impact_first (calibration));
  g_assert_true (cal_calibration_get_has_metric (calibration));
  g_assert_true (cal_calibration_get_before_after (calibration));
  g_assert_cmpint (cal_calibration_get_scope (calibration), ==, CAL_SCOPE_MULTI_TEAM);
  g_assert_cmpint (cal_calibration_get_verdict (calibration), ==, CAL_VERDICT_AT);
  for (guint p = 0; p < CAL_STAR_N; p++)
    g_assert_true (cal_calibration_get_star (calibration, p));
  g_assert_false (has_advice (good, "impact-first", NULL));

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_test_message ("%s", fields[i]);
      g_assert_true (json_object_has_member (object, fields[i]));
    }
  g_assert_cmpstr (json_object_get_string_member (object, "question"), ==,
                   "Tell me about a time you improved reliability.");

  calibration = cal_coach_report_get_calibration (weak);
  g_assert_false (cal_calibration_get_impact_first (calibration));
  g_assert_false (cal_calibration_get_has_metric (calibration));
  g_assert_cmpint (cal_calibration_get_verdict (calibration), ==, CAL_VERDICT_BELOW);
  g_assert_true (has_advice (weak, "impact-first", NULL));
  g_assert_true (has_advice (weak, "i-we", NULL));
  g_assert_true (has_advice (weak, "length", "0:"));
}

static void
test_typed_and_empty (void)
{
  g_autoptr(CalTranscript) typed = cal_transcript_new_from_text (
    "I halved build times for 40 engineers. Builds took 20 minutes. I cached the toolchain.", 60);
  g_autoptr(CalTranscript) empty = cal_transcript_new ("test", 10);
  g_autoptr(CalCoachReport) typed_report = coach (typed, "senior");
  g_autoptr(CalCoachReport) empty_report = coach (empty, "senior");
  g_autoptr(CalCoach) coach_ = cal_coach_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CalCoachReport) bogus = NULL;

  /* Typed answers keep their sentences. */
  g_assert_true (cal_calibration_get_impact_first (cal_coach_report_get_calibration (typed_report)));
  g_assert_cmpfloat_with_epsilon (cal_coach_report_get_duration (typed_report), 60, 1e-6);

  g_assert_cmpuint (cal_coach_report_get_words (empty_report), ==, 0);
  g_assert_cmpfloat (cal_coach_report_get_wpm (empty_report), ==, 0);
  g_assert_cmpuint (cal_coach_report_get_n_advice (empty_report), ==, 1);

  bogus = cal_coach_analyze (coach_, typed, NULL, "wizard", NULL, &error);
  g_assert_null (bogus);
  g_assert_error (error, CAL_CALIBRATOR_ERROR, CAL_CALIBRATOR_ERROR_UNKNOWN_LEVEL);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/coach/fillers", test_fillers);
  g_test_add_func ("/coach/hedges-and-pauses", test_hedges_and_pauses);
  g_test_add_func ("/coach/filler-clusters", test_filler_clusters);
  g_test_add_func ("/coach/pace", test_pace);
  g_test_add_func ("/coach/content", test_content);
  g_test_add_func ("/coach/typed-and-empty", test_typed_and_empty);

  return g_test_run ();
}
