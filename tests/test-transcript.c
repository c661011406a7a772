/* test-transcript.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cal-transcript.h"

static void
test_transcript_from_text (void)
{
  g_autoptr(CalTranscript) transcript = NULL;
  const CalTranscriptWord *word;

  transcript = cal_transcript_new_from_text ("  I led the migration, and we cut costs by 30%. ", 10.0);
  g_assert_cmpstr (cal_transcript_get_engine (transcript), ==, "text");
  g_assert_cmpstr (cal_transcript_get_text (transcript), ==, "I led the migration, and we cut costs by 30%.");
  g_assert_cmpuint (cal_transcript_get_n_words (transcript), ==, 10);
  g_assert_cmpfloat_with_epsilon (cal_transcript_get_duration (transcript), 10.0, 1e-9);

  word = cal_transcript_get_word (transcript, 0);
  g_assert_cmpstr (word->word, ==, "i");
  g_assert_cmpfloat_with_epsilon (word->start, 0.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (word->end, 1.0, 1e-9);

  /* Punctuation goes, the number stays. */
  word = cal_transcript_get_word (transcript, 3);
  g_assert_cmpstr (word->word, ==, "migration");
  word = cal_transcript_get_word (transcript, 9);
  g_assert_cmpstr (word->word, ==, "30");
  g_assert_cmpfloat_with_epsilon (word->end, 10.0, 1e-9);
}

static void
test_transcript_from_text_no_duration (void)
{
  g_autoptr(CalTranscript) transcript = cal_transcript_new_from_text ("one two three four five", 0);
  g_autoptr(CalTranscript) empty = cal_transcript_new_from_text (" ... ", 5.0);

  /* 150 words a minute when nobody said how long it took. */
  g_assert_cmpfloat_with_epsilon (cal_transcript_get_duration (transcript), 2.0, 1e-9);
  g_assert_cmpuint (cal_transcript_get_n_words (empty), ==, 0);
  g_assert_cmpfloat_with_epsilon (cal_transcript_get_duration (empty), 5.0, 1e-9);
}

static void
test_transcript_json_round_trip (void)
{
  g_autoptr(CalTranscript) transcript = cal_transcript_new ("pocketsphinx", 0);
  g_autoptr(CalTranscript) copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;

  cal_transcript_add_word (transcript, "we", 0.5, 0.7);
  cal_transcript_add_word (transcript, "shipped", 0.7, 1.25);
  g_assert_cmpstr (cal_transcript_get_text (transcript), ==, "we shipped");
  cal_transcript_add_word (transcript, "it", 1.3, 1.4);
  g_assert_cmpstr (cal_transcript_get_text (transcript), ==, "we shipped it");
  g_assert_cmpfloat_with_epsilon (cal_transcript_get_duration (transcript), 1.4, 1e-9);
  cal_transcript_set_duration (transcript, 3.0);

  data = cal_transcript_to_data (transcript, FALSE);
  copy = cal_transcript_new_from_data (data, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cal_transcript_get_engine (copy), ==, "pocketsphinx");
  g_assert_cmpstr (cal_transcript_get_text (copy), ==, "we shipped it");
  g_assert_cmpuint (cal_transcript_get_n_words (copy), ==, 3);
  g_assert_cmpfloat_with_epsilon (cal_transcript_get_duration (copy), 3.0, 1e-9);
  g_assert_cmpstr (cal_transcript_get_word (copy, 1)->word, ==, "shipped");
  g_assert_cmpfloat_with_epsilon (cal_transcript_get_word (copy, 1)->start, 0.7, 1e-9);
  g_assert_cmpfloat_with_epsilon (cal_transcript_get_word (copy, 1)->end, 1.25, 1e-9);
}

static void
test_transcript_json_text_only (void)
{
  g_autoptr(CalTranscript) transcript = NULL;
  g_autoptr(GError) error = NULL;

  transcript = cal_transcript_new_from_data ("{\"text\": \"a b c d\", \"duration_s\": 2}", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cal_transcript_get_n_words (transcript), ==, 4);
  g_assert_cmpfloat_with_epsilon (cal_transcript_get_word (transcript, 3)->start, 1.5, 1e-9);
}

static void
test_transcript_json_invalid (void)
{
  const char *bad[] = {
    "[1, 2]",
    "{}",
    "{\"words\": 3}",
    "{\"words\": [{\"word\": \"x\", \"start\": 2, \"end\": 1}]}",
    "{\"words\": [{\"word\": \"x\", \"start\": \"0\", \"end\": 1}]}",
    "{\"text\": \"x\", \"duration_s\": -1}",
    "{not json",
    /* Regressions found by fuzz-coach-transcript: no JSON root at all. */
    "",
    "  \n\t ",
    /* Found by fuzz-coach-transcript: an end time of ~1e28 s sized the
     * coach's window table into an 11 GB allocation. */
    "{\"words\": [{\"word\": \"um\", \"start\": 3.6, \"end\": 9848684335116204258000000000.0}]}",
    "{\"text\": \"x\", \"duration_s\": 1e30}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(CalTranscript) transcript = cal_transcript_new_from_data (bad[i], -1, &error);

      g_assert_null (transcript);
      g_assert_error (error, CAL_TRANSCRIPT_ERROR, CAL_TRANSCRIPT_ERROR_INVALID);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/transcript/from-text", test_transcript_from_text);
  g_test_add_func ("/transcript/from-text-no-duration", test_transcript_from_text_no_duration);
  g_test_add_func ("/transcript/json-round-trip", test_transcript_json_round_trip);
  g_test_add_func ("/transcript/json-text-only", test_transcript_json_text_only);
  g_test_add_func ("/transcript/json-invalid", test_transcript_json_invalid);

  return g_test_run ();
}
