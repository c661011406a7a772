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
#include "cal-think-aloud.h"
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
  /* A NUL byte would silently cut the story short: refuse binary input. */
  if (text == NULL || strlen (text) != g_bytes_get_size (bytes) || !g_utf8_validate (text, -1, NULL))
    {
      g_set_error (&error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   text == NULL ? _("The story “%s” is empty") : _("The story “%s” is not UTF-8 text"),
                   path);
      return cal_cli_fail (error);
    }

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
  /* An empty file has no data pointer at all; a NUL byte would cut the
   * transcript short: refuse both rather than coach half an answer. */
  if (g_bytes_get_size (bytes) == 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("The transcript “%s” is empty"), path);
      return NULL;
    }
  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  if (strlen (text) != g_bytes_get_size (bytes))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("The transcript “%s” is not a text file"), path);
      return NULL;
    }

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

/* `coach --list-prompts [--kind K] [--track T] [--band B]`: the ids that
 * `--mode think-aloud --prompt ID` takes. */
static int
list_prompts (CalCli     *cli,
              const char *kind,
              const char *track,
              const char *band)
{
  CalPromptBank *bank = cal_prompt_bank_get_default ();
  g_autoptr(GPtrArray) prompts = NULL;

  if (kind != NULL && !g_strv_contains (cal_prompt_kinds (), kind))
    return cal_cli_usage (_("--kind must be coding, debugging, system-design or product-sense, not “%s”"), kind);

  prompts = cal_prompt_bank_find_prompts (bank, kind, track, band);
  if (cli->json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) node = NULL;

      json_builder_begin_array (builder);
      for (guint i = 0; i < prompts->len; i++)
        {
          const CalPrompt *prompt = g_ptr_array_index (prompts, i);

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "id");
          json_builder_add_string_value (builder, prompt->id);
          json_builder_set_member_name (builder, "kind");
          json_builder_add_string_value (builder, prompt->kind);
          json_builder_set_member_name (builder, "title");
          json_builder_add_string_value (builder, prompt->title);
          json_builder_set_member_name (builder, "text");
          json_builder_add_string_value (builder, prompt->text);
          json_builder_set_member_name (builder, "minutes");
          json_builder_add_int_value (builder, prompt->minutes);
          json_builder_set_member_name (builder, "checkpoints");
          json_builder_begin_array (builder);
          for (guint c = 0; prompt->checkpoints[c] != NULL; c++)
            json_builder_add_string_value (builder, prompt->checkpoints[c]);
          json_builder_end_array (builder);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      node = json_builder_get_root (builder);
      cal_cli_print_json (node);
      return CAL_CLI_EXIT_OK;
    }

  for (guint i = 0; i < prompts->len; i++)
    {
      const CalPrompt *prompt = g_ptr_array_index (prompts, i);

      g_print ("%-40s %-14s %2u min  %s\n", prompt->id, prompt->kind, prompt->minutes, prompt->title);
    }
  if (prompts->len == 0)
    g_printerr ("%s\n", _("No prompt suits those filters: drop --track or --band to see more."));
  return CAL_CLI_EXIT_OK;
}

/* `coach --mode think-aloud`: where the speaker went quiet, which
 * checkpoints they touched and when, and what to do next time. */
static int
think_aloud_run (CalCli        *cli,
                 CalTranscript *transcript,
                 const char    *prompt_id,
                 double         session_s)
{
  g_autoptr(CalThinkAloud) think = cal_think_aloud_new (NULL, NULL);
  g_autoptr(CalThinkAloudReport) report = NULL;
  g_autoptr(GError) error = NULL;
  CalPromptBank *bank = cal_think_aloud_get_bank (think);
  const CalPrompt *prompt = cal_prompt_bank_get_prompt (bank, prompt_id);
  CalThinkAloudOptions options;

  cal_think_aloud_options_init (&options);
  options.session_s = session_s;
  report = cal_think_aloud_analyze (think, transcript, prompt_id, &options, &error);
  if (report == NULL)
    return cal_cli_fail (error);

  if (cli->json)
    {
      g_autoptr(JsonNode) node = cal_think_aloud_report_to_json (report);

      cal_cli_print_json (node);
      return CAL_CLI_EXIT_OK;
    }

  {
    g_autofree char *length = cal_speech_format_time (cal_think_aloud_report_get_duration (report));
    const CalSilence *longest = cal_think_aloud_report_get_longest_silence (report);
    guint n_silences = cal_think_aloud_report_get_n_silences (report);
    guint n_signposts = cal_think_aloud_report_get_n_signposts (report);

    g_print (_("Prompt: %s — %s\n"), prompt->id, prompt->title);
    g_print (_("Length %s, %u words, %.0f words a minute; you talked for %.0f%% of the session\n"), length,
             cal_think_aloud_report_get_words (report), cal_think_aloud_report_get_wpm (report),
             cal_think_aloud_report_get_talk_ratio (report) * 100);
    g_print (_("Fillers: %u (%.1f a minute)\n"), cal_think_aloud_report_get_n_fillers (report),
             cal_think_aloud_report_get_fillers_per_min (report));

    g_print (_("Silences over %.0f s: %u\n"), options.silence_threshold_s, n_silences);
    for (guint i = 0; i < n_silences; i++)
      {
        const CalSilence *silence = cal_think_aloud_report_get_silence (report, i);
        g_autofree char *at = cal_speech_format_time (silence->start);

        if (silence == longest)
          g_print (_("  %.1f s at %s (%s) — you went quiet here\n"), silence->end - silence->start, at,
                   cal_silence_kind_to_string (silence->kind));
        else
          g_print (_("  %.1f s at %s (%s)\n"), silence->end - silence->start, at,
                   cal_silence_kind_to_string (silence->kind));
      }

    g_print ("\n%s\n", _("Checkpoints (* matters most for this prompt):"));
    for (guint i = 0; i < cal_prompt_bank_get_n_checkpoints (bank); i++)
      {
        const CalCheckpoint *checkpoint = cal_prompt_bank_get_checkpoint (bank, i);
        double at;

        if (cal_think_aloud_report_get_checkpoint_time (report, checkpoint->id, &at))
          {
            g_autofree char *when = cal_speech_format_time (at);

            g_print ("  %s %-14s %s\n", cal_prompt_is_key_checkpoint (prompt, checkpoint->id) ? "*" : " ",
                     checkpoint->id, when);
          }
        else
          g_print ("  %s %-14s %s\n", cal_prompt_is_key_checkpoint (prompt, checkpoint->id) ? "*" : " ",
                   checkpoint->id, _("never"));
      }

    g_print ("\n");
    if (n_signposts == 0)
      g_print ("%s\n", _("Signposts: none"));
    else
      g_print ("%s", _("Signposts:"));
    for (guint i = 0; i < n_signposts; i++)
      {
        const CalSignpost *signpost = cal_think_aloud_report_get_signpost (report, i);
        g_autofree char *at = cal_speech_format_time (signpost->at);

        g_print (" “%s” %s%s", signpost->phrase, at, i + 1 < n_signposts ? "," : "\n");
      }
    g_print (_("Summary at the end: %s\n"), cal_think_aloud_report_get_summary_at_end (report) ? _("yes") : _("no"));

    if (cal_think_aloud_report_get_n_advice (report) > 0)
      g_print ("\n%s\n", _("Next time:"));
    for (guint i = 0; i < cal_think_aloud_report_get_n_advice (report); i++)
      g_print ("  • %s\n", cal_think_aloud_report_get_advice (report, i)->text);
  }

  return CAL_CLI_EXIT_OK;
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
 * `--mode think-aloud --prompt ID` analyses a technical practice instead,
 * and `--list-prompts` lists the prompt ids.
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
  const char *mode = "coach", *prompt_id = NULL, *kind = NULL, *track = NULL, *band = NULL;
  gboolean list = FALSE;
  double duration = 0;
  const char *usage = _("Usage: calibrd-cli coach (--audio FILE | --transcript FILE [--duration S]) [--level LEVEL] [--question TEXT] [--json]\n"
                        "       calibrd-cli coach --mode think-aloud --prompt ID (--audio FILE | --transcript FILE) [--duration S] [--json]\n"
                        "       calibrd-cli coach --list-prompts [--kind KIND] [--track TRACK] [--band BAND] [--json]");

  for (int i = 1; i < argc; i++)
    {
      const char *value = i + 1 < argc ? argv[i + 1] : NULL;

      if (g_str_equal (argv[i], "--list-prompts"))
        {
          list = TRUE;
          continue;
        }
      if (value == NULL)
        return cal_cli_usage ("%s", usage);
      if (g_str_equal (argv[i], "--mode"))
        mode = value;
      else if (g_str_equal (argv[i], "--prompt"))
        prompt_id = value;
      else if (g_str_equal (argv[i], "--kind"))
        kind = value;
      else if (g_str_equal (argv[i], "--track"))
        track = value;
      else if (g_str_equal (argv[i], "--band"))
        band = value;
      else if (g_str_equal (argv[i], "--transcript"))
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

  if (list)
    return list_prompts (cli, kind, track, band);
  if (kind != NULL || track != NULL || band != NULL)
    return cal_cli_usage ("%s", _("--kind, --track and --band filter --list-prompts"));

  if (!g_str_equal (mode, "coach") && !g_str_equal (mode, "think-aloud"))
    return cal_cli_usage (_("--mode must be coach or think-aloud, not “%s”"), mode);
  if (g_str_equal (mode, "think-aloud"))
    {
      if (prompt_id == NULL)
        return cal_cli_usage ("%s", _("--mode think-aloud needs --prompt ID; list the ids with “calibrd-cli coach --list-prompts”"));
      /* Checked before any transcription, which can take a while. */
      if (cal_prompt_bank_get_prompt (cal_prompt_bank_get_default (), prompt_id) == NULL)
        {
          g_printerr (_("calibrd-cli: there is no think-aloud prompt “%s”. List the ids with “calibrd-cli coach --list-prompts” (narrow them with --kind, --track or --band).\n"),
                      prompt_id);
          return CAL_CLI_EXIT_FAILED;
        }
    }
  else if (prompt_id != NULL)
    return cal_cli_usage ("%s", _("--prompt goes with --mode think-aloud"));

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

  /* For think-aloud, --duration is the session's length, so that silence
   * after the last word counts too. */
  if (g_str_equal (mode, "think-aloud"))
    return think_aloud_run (cli, transcript, prompt_id, duration);
  return cal_cli_coach_run (cli, transcript, question, level);
}
