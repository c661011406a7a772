/* cal-cli-coach.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-cli-coach"

#include "config.h"

#include <stdlib.h>
#include <glib/gi18n-lib.h>

#include "cal-calibrator.h"
#include "cal-cli-calibrate.h"
#include "cal-coach.h"
#include "cal-media.h"
#include "cal-speech-stats.h"
#include "cal-transcriber.h"

/* Stories and transcripts are text; anything this large is a mistake. */
#define COACH_MAX_INPUT (8 * 1024 * 1024)

/**
 * cal_cli_print_calibration:
 * @calibration: a calibration
 *
 * Prints the content grade of a story or an answer for a person to read.
 */
void
cal_cli_print_calibration (CalCalibration *calibration)
{
  const char *verdict = cal_calibration_get_verdict (calibration) != CAL_VERDICT_NONE ?
    cal_verdict_to_string (cal_calibration_get_verdict (calibration)) : NULL;
  GHashTable *hedges = cal_calibration_get_hedges (calibration);

  g_print (_("Scope: %s (reads as %s)\n"), cal_scope_to_string (cal_calibration_get_scope (calibration)),
           cal_calibration_get_detected_level (calibration));
  if (verdict != NULL)
    g_print (_("Target: %s, verdict: %s\n"), cal_calibration_get_target_level (calibration), verdict);
  if (cal_calibration_get_aim (calibration) != NULL)
    g_print ("%s\n", cal_calibration_get_aim (calibration));
  g_print (_("Impact first: %s   Metric: %s   Before/after: %s\n"),
           cal_calibration_get_impact_first (calibration) ? _("yes") : _("no"),
           cal_calibration_get_has_metric (calibration) ? _("yes") : _("no"),
           cal_calibration_get_before_after (calibration) ? _("yes") : _("no"));
  g_print (_("STAR: situation %s, task %s, action %s, result %s\n"),
           cal_calibration_get_star (calibration, CAL_STAR_SITUATION) ? "✓" : "✗",
           cal_calibration_get_star (calibration, CAL_STAR_TASK) ? "✓" : "✗",
           cal_calibration_get_star (calibration, CAL_STAR_ACTION) ? "✓" : "✗",
           cal_calibration_get_star (calibration, CAL_STAR_RESULT) ? "✓" : "✗");
  g_print (_("I/we: %u “I”, %u “we”; passive in action: %u; hedges: %u\n"),
           cal_calibration_get_i_count (calibration), cal_calibration_get_we_count (calibration),
           cal_calibration_get_passive_in_action (calibration), g_hash_table_size (hedges));

  if (cal_calibration_get_n_suggestions (calibration) > 0)
    g_print ("\n%s\n", _("Suggestions:"));
  for (guint i = 0; i < cal_calibration_get_n_suggestions (calibration); i++)
    {
      const CalSuggestion *suggestion = cal_calibration_get_suggestion (calibration, i);

      g_print ("  • %s\n", suggestion->text);
    }
}

/**
 * cal_cli_story_calibrate:
 * @cli: the invocation
 * @argc: number of arguments
 * @argv: "story" "calibrate" FILE|- --level LEVEL
 *
 * `calibrd-cli story calibrate FILE|- --level LEVEL [--json]`.
 *
 * Returns: the exit status
 */
int
cal_cli_story_calibrate (CalCli  *cli,
                         int      argc,
                         char   **argv)
{
  g_autoptr(CalCalibrator) calibrator = NULL;
  g_autoptr(CalCalibration) calibration = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  const char *path = NULL, *level = NULL;

  for (int i = 2; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--level") && i + 1 < argc)
        level = argv[++i];
      else if (g_str_has_prefix (argv[i], "--level="))
        level = argv[i] + strlen ("--level=");
      else if (path == NULL && (!g_str_has_prefix (argv[i], "-") || g_str_equal (argv[i], "-")))
        path = argv[i];
      else
        return cal_cli_usage (_("Usage: calibrd-cli story calibrate FILE|- --level LEVEL [--json]"));
    }
  if (path == NULL || level == NULL)
    return cal_cli_usage (_("Usage: calibrd-cli story calibrate FILE|- --level LEVEL [--json]"));

  bytes = cal_cli_read_input (path, COACH_MAX_INPUT, &error);
  if (bytes == NULL)
    return cal_cli_fail (error);
  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

  calibrator = cal_calibrator_new (NULL);
  calibration = cal_calibrator_calibrate_text (calibrator, text, level, &error);
  if (calibration == NULL)
    return cal_cli_fail (error);

  if (cli->json)
    {
      g_autoptr(JsonNode) node = cal_calibration_to_json (calibration);

      cal_cli_print_json (node);
    }
  else
    cal_cli_print_calibration (calibration);

  return CAL_CLI_EXIT_OK;
}

/**
 * cal_cli_coach_run:
 * @cli: the invocation
 * @transcript: the answer
 * @question: (nullable): the question answered
 * @level: (nullable): the target level
 *
 * Coaches one transcript and prints the report; shared by every way the
 * coach command gets its transcript.
 *
 * Returns: the exit status
 */
int
cal_cli_coach_run (CalCli        *cli,
                   CalTranscript *transcript,
                   const char    *question,
                   const char    *level)
{
  g_autoptr(CalCoach) coach = cal_coach_new (NULL);
  g_autoptr(CalCoachReport) report = NULL;
  g_autoptr(GError) error = NULL;

  report = cal_coach_analyze (coach, transcript, question, level, NULL, &error);
  if (report == NULL)
    return cal_cli_fail (error);

  if (cli->json)
    {
      g_autoptr(JsonNode) node = cal_coach_report_to_json (report);

      cal_cli_print_json (node);
      return CAL_CLI_EXIT_OK;
    }

  {
    g_autofree char *length = cal_speech_format_time (cal_coach_report_get_duration (report));
    GArray *pauses = cal_coach_report_get_long_pauses (report);

    if (question != NULL)
      g_print (_("Question: %s\n"), question);
    g_print (_("Length %s, %u words, %.0f words a minute (variation %.2f)\n"), length,
             cal_coach_report_get_words (report), cal_coach_report_get_wpm (report),
             cal_coach_report_get_wpm_variation (report));
    g_print (_("Fillers: %u (%.1f a minute); long pauses: %u\n"), cal_coach_report_get_n_fillers (report),
             cal_coach_report_get_fillers_per_min (report), pauses->len);
    for (guint i = 0; i < pauses->len; i++)
      {
        const CalSpeechSpan *pause = &g_array_index (pauses, CalSpeechSpan, i);
        g_autofree char *at = cal_speech_format_time (pause->start);

        g_print (_("  pause of %.1f s at %s\n"), pause->end - pause->start, at);
      }
    g_print ("\n");
    cal_cli_print_calibration (cal_coach_report_get_calibration (report));

    if (cal_coach_report_get_n_advice (report) > 0)
      g_print ("\n%s\n", _("Next time:"));
    for (guint i = 0; i < cal_coach_report_get_n_advice (report); i++)
      g_print ("  • %s\n", cal_coach_report_get_advice (report, i)->text);
  }

  return CAL_CLI_EXIT_OK;
}

static CalTranscript *
load_transcript (const char  *path,
                 double       duration,
                 GError     **error)
{
  g_autoptr(GBytes) bytes = cal_cli_read_input (path, COACH_MAX_INPUT, error);
  g_autofree char *text = NULL;
  const char *p;

  if (bytes == NULL)
    return NULL;
  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

  /* The transcribe JSON starts with a brace; anything else is plain text. */
  for (p = text; g_ascii_isspace (*p); p++)
    ;
  if (*p == '{')
    return cal_transcript_new_from_data (text, -1, error);

  if (!g_utf8_validate (text, -1, NULL))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("The transcript “%s” is not valid UTF-8 text"), path);
      return NULL;
    }
  return cal_transcript_new_from_text (text, duration);
}

/**
 * cal_cli_coach:
 * @cli: the invocation
 * @argc: number of arguments
 * @argv: "coach" and its options
 *
 * `calibrd-cli coach (--audio F | --transcript F [--duration S]) [--level L]
 * [--question TEXT] [--json]`. With --audio the recording is transcribed
 * first, locally, and the words with their times are coached.
 *
 * Returns: the exit status
 */
int
cal_cli_coach (CalCli  *cli,
               int      argc,
               char   **argv)
{
  g_autoptr(CalTranscript) transcript = NULL;
  g_autoptr(GError) error = NULL;
  const char *transcript_path = NULL, *audio_path = NULL, *level = NULL, *question = NULL;
  double duration = 0;
  const char *usage = _("Usage: calibrd-cli coach (--audio FILE | --transcript FILE [--duration S]) [--level LEVEL] [--question TEXT] [--json]");

  for (int i = 1; i < argc; i++)
    {
      const char *value = i + 1 < argc ? argv[i + 1] : NULL;

      if (value == NULL)
        return cal_cli_usage ("%s", usage);
      if (g_str_equal (argv[i], "--transcript"))
        transcript_path = value;
      else if (g_str_equal (argv[i], "--audio"))
        audio_path = value;
      else if (g_str_equal (argv[i], "--level"))
        level = value;
      else if (g_str_equal (argv[i], "--question"))
        question = value;
      else if (g_str_equal (argv[i], "--duration"))
        {
          char *end = NULL;

          duration = g_ascii_strtod (value, &end);
          if (end == value || *end != '\0' || duration <= 0)
            return cal_cli_usage (_("--duration needs a number of seconds, not “%s”"), value);
        }
      else
        return cal_cli_usage ("%s", usage);
      i++;
    }

  if ((transcript_path == NULL) == (audio_path == NULL))
    return cal_cli_usage ("%s", usage);

  if (audio_path != NULL)
    {
      g_autoptr(CalTranscriber) transcriber = NULL;
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (audio_path);

      if (!cal_media_init (&error))
        return cal_cli_fail (error);
      transcriber = cal_transcriber_new (NULL);
      transcript = cal_transcriber_transcribe (transcriber, file, NULL, &error);
    }
  else
    transcript = load_transcript (transcript_path, duration, &error);
  if (transcript == NULL)
    return cal_cli_fail (error);

  return cal_cli_coach_run (cli, transcript, question, level);
}
