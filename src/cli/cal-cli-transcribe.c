/* cal-cli-transcribe.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-cli-transcribe"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cal-cli.h"
#include "cal-media.h"
#include "cal-transcriber.h"

/**
 * cal_cli_transcribe:
 * @cli: the invocation
 * @argc: number of arguments, the command name included
 * @argv: "transcribe" AUDIO
 *
 * `calibrd-cli transcribe AUDIO [--json]`: prints the words heard in an
 * audio file, one per line with its start and end, or the `transcribe`
 * JSON (text, duration_s, engine, words[]).
 *
 * Returns: the exit status
 */
int
cal_cli_transcribe (CalCli  *cli,
                    int      argc,
                    char   **argv)
{
  g_autoptr(CalTranscriber) transcriber = NULL;
  g_autoptr(CalTranscript) transcript = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (argc != 2 || g_str_has_prefix (argv[1], "--"))
    return cal_cli_usage (_("Usage: calibrd-cli transcribe AUDIO [--json]"));

  if (!cal_media_init (&error))
    return cal_cli_fail (error);

  file = g_file_new_for_commandline_arg (argv[1]);
  transcriber = cal_transcriber_new (NULL);
  transcript = cal_transcriber_transcribe (transcriber, file, NULL, &error);
  if (transcript == NULL)
    return cal_cli_fail (error);

  if (cli->json)
    {
      g_autoptr(JsonNode) node = cal_transcript_to_json (transcript);

      cal_cli_print_json (node);
    }
  else
    {
      g_print ("%s\n", cal_transcript_get_text (transcript));
      for (guint i = 0; i < cal_transcript_get_n_words (transcript); i++)
        {
          const CalTranscriptWord *word = cal_transcript_get_word (transcript, i);

          g_print ("%8.2f %8.2f  %s\n", word->start, word->end, word->word);
        }
      g_print (_("%.1f s, %u words (%s)\n"), cal_transcript_get_duration (transcript),
               cal_transcript_get_n_words (transcript), cal_transcript_get_engine (transcript));
    }

  return CAL_CLI_EXIT_OK;
}
