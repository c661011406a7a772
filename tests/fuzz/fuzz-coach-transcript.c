/* fuzz-coach-transcript.c — the coach on a transcript JSON from anywhere
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "cal-coach.h"
#include "cal-fuzz.h"
#include "cal-lexicon.h"
#include "cal-transcript.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static CalCoach *coach;
  g_autoptr(CalTranscript) transcript = NULL;
  g_autoptr(GError) error = NULL;
  CalCoachReport *report;

  cal_fuzz_init_once ();

  if (coach == NULL)
    coach = cal_coach_new (cal_lexicon_get_default ());

  transcript = cal_transcript_new_from_data ((const char *) data, size, &error);
  if (transcript == NULL)
    return 0;

  report = cal_coach_analyze (coach, transcript, "Tell me about a time you led a migration.", "senior", NULL, &error);
  g_assert ((report == NULL) != (error == NULL));
  g_clear_object (&report);

  return 0;
}
