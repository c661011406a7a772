/* cal-think-aloud.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-think-aloud"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "cal-calibration-private.h"
#include "cal-speech-stats.h"
#include "cal-think-aloud.h"
#include "cal-think-aloud-report-private.h"

/* Below this length a low talk ratio says little: the speaker may simply
 * have stopped early on purpose. */
#define TALK_RATIO_MIN_SESSION_S 30.0

struct _CalThinkAloud
{
  GObject        parent_instance;

  CalPromptBank *bank;
  CalLexicon    *lexicon;
};

G_DEFINE_FINAL_TYPE (CalThinkAloud, cal_think_aloud, G_TYPE_OBJECT)

G_DEFINE_QUARK (cal-think-aloud-error-quark, cal_think_aloud_error)

/**
 * cal_think_aloud_options_init:
 * @options: (out caller-allocates): options to fill with the defaults
 */
void
cal_think_aloud_options_init (CalThinkAloudOptions *options)
{
  g_return_if_fail (options != NULL);

  options->silence_threshold_s = 5;
  options->session_s = 0;
  options->summary_share = 0.2;
  options->summary_window_s = 60;
  options->talk_ratio_min = 0.6;
  options->pace_max_wpm = 170;
  options->fillers_per_min_max = 3;
  options->sentence_gap_s = 0.7;
  options->max_advice = 2;
}

static void
cal_think_aloud_dispose (GObject *object)
{
  CalThinkAloud *self = (CalThinkAloud *)object;

  g_clear_object (&self->bank);
  g_clear_object (&self->lexicon);

  G_OBJECT_CLASS (cal_think_aloud_parent_class)->dispose (object);
}

static void
cal_think_aloud_class_init (CalThinkAloudClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cal_think_aloud_dispose;
}

static void
cal_think_aloud_init (CalThinkAloud *self)
{
}

/**
 * cal_think_aloud_new:
 * @bank: (nullable): the prompts, or %NULL for the built-in ones
 * @lexicon: (nullable): the filler lexicon, or %NULL for the built-in one
 *
 * Returns: (transfer full): a new #CalThinkAloud
 */
CalThinkAloud *
cal_think_aloud_new (CalPromptBank *bank,
                     CalLexicon    *lexicon)
{
  CalThinkAloud *self = g_object_new (CAL_TYPE_THINK_ALOUD, NULL);

  self->bank = g_object_ref (bank != NULL ? bank : cal_prompt_bank_get_default ());
  self->lexicon = g_object_ref (lexicon != NULL ? lexicon : cal_lexicon_get_default ());
  return self;
}

/**
 * cal_think_aloud_get_bank:
 * @self: a #CalThinkAloud
 *
 * Returns: (transfer none): the prompts it knows
 */
CalPromptBank *
cal_think_aloud_get_bank (CalThinkAloud *self)
{
  g_return_val_if_fail (CAL_IS_THINK_ALOUD (self), NULL);
  return self->bank;
}

static void
add_silence (CalThinkAloudReport *report,
             double               start,
             double               end,
             CalSilenceKind       kind)
{
  CalSilence silence = { start, end, kind };

  g_array_append_val (report->silences, silence);
  if (report->longest < 0 ||
      end - start > g_array_index (report->silences, CalSilence, report->longest).end -
                    g_array_index (report->silences, CalSilence, report->longest).start)
    report->longest = report->silences->len - 1;
}

/* Silences and talk share one partition of the session: a gap longer than
 * the threshold is a silence, anything shorter is part of talking (breaths,
 * the pauses between sentences). */
static void
measure_silence (CalThinkAloudReport    *report,
                 const CalScanTimedWord *words,
                 guint                   n_words,
                 double                  threshold)
{
  double speaking = 0;

  if (n_words == 0)
    {
      if (report->session_s > threshold)
        add_silence (report, 0, report->session_s, CAL_SILENCE_LEADING);
      report->talk_ratio = 0;
      return;
    }

  if (words[0].start > threshold)
    add_silence (report, 0, words[0].start, CAL_SILENCE_LEADING);

  for (guint i = 0; i < n_words; i++)
    {
      speaking += MAX (0.0, words[i].end - words[i].start);
      if (i > 0)
        {
          double gap = words[i].start - words[i - 1].end;

          if (gap > threshold)
            add_silence (report, words[i - 1].end, words[i].start, CAL_SILENCE_BETWEEN);
          else if (gap > 0)
            speaking += gap;
        }
    }

  if (report->session_s > 0 && report->session_s - words[n_words - 1].end > threshold)
    add_silence (report, words[n_words - 1].end, report->session_s, CAL_SILENCE_TRAILING);

  report->talk_ratio = report->duration_s > 0 ? CLAMP (speaking / report->duration_s, 0.0, 1.0) : 0.0;
}

static void
find_cues (CalThinkAloud       *self,
           CalThinkAloudReport *report,
           const CalScan       *scan)
{
  for (guint i = 0; i < scan->words->len;)
    {
      guint checkpoint = 0;
      const char *phrase = NULL;
      guint n = cal_prompt_bank_match_checkpoint (self->bank, scan, i, &checkpoint, &phrase);
      CalCheckpointHit hit;

      if (n == 0)
        {
          i++;
          continue;
        }
      hit.checkpoint = cal_prompt_bank_get_checkpoint (self->bank, checkpoint)->id;
      hit.phrase = phrase;
      hit.at = MAX (0.0, cal_scan_word (scan, i)->t_start);
      g_array_append_val (report->hits, hit);
      if (report->first_at[checkpoint] < 0)
        report->first_at[checkpoint] = hit.at;
      i += n;
    }

  for (guint i = 0; i < scan->words->len;)
    {
      CalSignpost signpost;
      guint n = cal_prompt_bank_match_signpost (self->bank, scan, i, &signpost.phrase);

      if (n == 0)
        {
          i++;
          continue;
        }
      signpost.at = MAX (0.0, cal_scan_word (scan, i)->t_start);
      g_array_append_val (report->signposts, signpost);
      i += n;
    }
}

static gboolean
find_summary_at_end (CalThinkAloudReport        *report,
                     const CalScanTimedWord     *words,
                     guint                       n_words,
                     const CalThinkAloudOptions *options)
{
  double first, last, cutoff;

  if (n_words == 0)
    return FALSE;
  first = words[0].start;
  last = words[n_words - 1].end;
  cutoff = last - MAX (options->summary_share * (last - first), options->summary_window_s);

  for (guint i = 0; i < report->hits->len; i++)
    {
      const CalCheckpointHit *hit = &g_array_index (report->hits, CalCheckpointHit, i);

      if (g_str_equal (hit->checkpoint, "summary") && hit->at >= cutoff)
        return TRUE;
    }
  return FALSE;
}

static void
advise_silence (CalThinkAloudReport *report)
{
  const CalSilence *silence = cal_think_aloud_report_get_longest_silence (report);
  double length;
  g_autofree char *at = NULL;
  g_autofree char *text = NULL;

  if (silence == NULL)
    return;
  length = silence->end - silence->start;
  at = cal_speech_format_time (silence->start);

  switch (silence->kind)
    {
    case CAL_SILENCE_LEADING:
      text = g_strdup_printf (_("You said nothing for the first %.0f s — read the problem back and ask a question while you think."),
                              length);
      break;
    case CAL_SILENCE_TRAILING:
      text = g_strdup_printf (_("You stopped talking %.0f s before the end — use the time left to test your solution out loud."),
                              length);
      break;
    case CAL_SILENCE_BETWEEN:
    default:
      text = g_strdup_printf (_("You went quiet for %.0f s at %s — say what you are checking while you think."),
                              length, at);
      break;
    }
  cal_think_aloud_report_add_advice (report, "silence", silence->start, text);
}

static void
advise_checkpoints (CalThinkAloud       *self,
                    CalThinkAloudReport *report)
{
  const CalPrompt *prompt = report->prompt;

  /* The prompt lists its key checkpoints most important first. */
  for (guint i = 0; prompt->checkpoints[i] != NULL; i++)
    {
      int index = cal_prompt_bank_checkpoint_index (self->bank, prompt->checkpoints[i]);
      const CalCheckpoint *checkpoint;
      const char *hint;
      g_autofree char *text = NULL;

      if (index < 0 || report->first_at[index] >= 0)
        continue;
      checkpoint = cal_prompt_bank_get_checkpoint (self->bank, index);
      hint = cal_prompt_get_hint (prompt, checkpoint->id);
      if (hint != NULL)
        text = g_strdup_printf (_("%s For this prompt: %s"), checkpoint->missing, hint);
      else
        text = g_strdup (checkpoint->missing);
      cal_think_aloud_report_add_advice (report, "checkpoint", -1, text);
    }
}

static void
advise (CalThinkAloud              *self,
        CalThinkAloudReport        *report,
        const CalThinkAloudOptions *options)
{
  double summary_at;

  if (report->words == 0)
    {
      cal_think_aloud_report_add_advice (report, "no-words", -1,
                                         _("No words were heard: check the microphone, then think out loud from the first second."));
      return;
    }

  /* Silence first: going quiet is what interviewers notice most in a
   * technical round, and it hides every other move from them. */
  advise_silence (report);
  advise_checkpoints (self, report);

  if (!report->summary_at_end &&
      cal_think_aloud_report_get_checkpoint_time (report, "summary", &summary_at))
    {
      g_autofree char *at = cal_speech_format_time (summary_at);
      g_autofree char *text = g_strdup_printf (_("You summarised at %s but not at the end — close with two sentences that restate your solution and what it costs."),
                                               at);
      cal_think_aloud_report_add_advice (report, "summary", summary_at, text);
    }

  if (report->talk_ratio < options->talk_ratio_min && report->duration_s >= TALK_RATIO_MIN_SESSION_S)
    {
      g_autofree char *text = g_strdup_printf (_("You talked for only %.0f%% of the session — narrate each step, even the ones that feel obvious."),
                                               report->talk_ratio * 100);
      cal_think_aloud_report_add_advice (report, "talk-ratio", -1, text);
    }

  if (report->fillers_per_min > options->fillers_per_min_max)
    {
      g_autofree char *text = g_strdup_printf (_("You used %.1f fillers a minute — let a short silence take their place."),
                                               report->fillers_per_min);
      cal_think_aloud_report_add_advice (report, "fillers", -1, text);
    }

  if (report->wpm > options->pace_max_wpm)
    {
      g_autofree char *text = g_strdup_printf (_("You spoke at %.0f words a minute — slow down so the interviewer can follow each step."),
                                               report->wpm);
      cal_think_aloud_report_add_advice (report, "pace", -1, text);
    }
}

/**
 * cal_think_aloud_analyze_words:
 * @self: a #CalThinkAloud
 * @words: (array length=n_words): the timed words, in order
 * @n_words: how many
 * @duration_s: the recording's length, or 0 if unknown
 * @prompt_id: the id of the prompt practised
 * @options: (nullable): what to measure against, or %NULL for defaults
 * @error: return location for a #GError
 *
 * The think-aloud analysis on plain timed words, for callers without a
 * #CalTranscript. The session is @options' session length if it has one,
 * else @duration_s; without either, there is no trailing silence.
 *
 * Returns: (transfer full): the report, or %NULL with @error set
 */
CalThinkAloudReport *
cal_think_aloud_analyze_words (CalThinkAloud               *self,
                               const CalScanTimedWord      *words,
                               guint                        n_words,
                               double                       duration_s,
                               const char                  *prompt_id,
                               const CalThinkAloudOptions  *options,
                               GError                     **error)
{
  g_autoptr(CalThinkAloudReport) report = NULL;
  g_autoptr(CalScan) scan = NULL;
  CalThinkAloudOptions defaults;
  const CalPrompt *prompt;
  double minutes;

  g_return_val_if_fail (CAL_IS_THINK_ALOUD (self), NULL);
  g_return_val_if_fail (words != NULL || n_words == 0, NULL);

  if (options == NULL)
    {
      cal_think_aloud_options_init (&defaults);
      options = &defaults;
    }

  prompt = cal_prompt_bank_get_prompt (self->bank, prompt_id);
  if (prompt == NULL)
    {
      g_set_error (error, CAL_THINK_ALOUD_ERROR, CAL_THINK_ALOUD_ERROR_UNKNOWN_PROMPT,
                   _("There is no think-aloud prompt “%s”"), prompt_id != NULL ? prompt_id : "");
      return NULL;
    }

  for (guint i = 0; i < n_words; i++)
    if (words[i].word == NULL || !g_utf8_validate (words[i].word, -1, NULL))
      {
        g_set_error (error, CAL_THINK_ALOUD_ERROR, CAL_THINK_ALOUD_ERROR_INVALID_TEXT,
                     _("Word %u of the transcript is not valid UTF-8 text"), i + 1);
        return NULL;
      }

  report = cal_think_aloud_report_new (self->bank, prompt);
  report->threshold_s = options->silence_threshold_s;
  report->session_s = options->session_s > 0 ? options->session_s : MAX (duration_s, 0.0);
  report->duration_s = cal_speech_duration (words, n_words, report->session_s);
  report->words = n_words;

  measure_silence (report, words, n_words, options->silence_threshold_s);

  scan = cal_scan_new_timed (words, n_words, options->sentence_gap_s);
  find_cues (self, report, scan);
  report->summary_at_end = find_summary_at_end (report, words, n_words, options);

  /* Pace and fillers exactly as the behavioural coach measures them. */
  minutes = report->duration_s / 60.0;
  report->wpm = minutes > 0 ? n_words / minutes : 0;
  report->n_fillers = cal_speech_count_phrases (self->lexicon, CAL_LEXICON_FILLERS, scan, report->fillers, NULL);
  report->fillers_per_min = minutes > 0 ? report->n_fillers / minutes : 0;

  advise (self, report, options);
  if (report->advice->len > options->max_advice)
    g_ptr_array_set_size (report->advice, options->max_advice);

  return g_steal_pointer (&report);
}

/**
 * cal_think_aloud_analyze:
 * @self: a #CalThinkAloud
 * @transcript: the practice, as transcribed
 * @prompt_id: the id of the prompt practised
 * @options: (nullable): what to measure against, or %NULL for defaults
 * @error: return location for a #GError
 *
 * Measures how a candidate thought aloud through a technical prompt: where
 * they went quiet, which of the checkpoints an interviewer listens for they
 * touched and when, how they signposted, whether they closed with a
 * summary, how much of the session they spent talking, their pace and
 * fillers, and what to do next time.
 *
 * Returns: (transfer full): the report, or %NULL with @error set
 */
CalThinkAloudReport *
cal_think_aloud_analyze (CalThinkAloud               *self,
                         CalTranscript               *transcript,
                         const char                  *prompt_id,
                         const CalThinkAloudOptions  *options,
                         GError                     **error)
{
  guint n;
  g_autofree CalScanTimedWord *words = NULL;

  g_return_val_if_fail (CAL_IS_THINK_ALOUD (self), NULL);
  g_return_val_if_fail (CAL_IS_TRANSCRIPT (transcript), NULL);

  n = cal_transcript_get_n_words (transcript);
  words = g_new0 (CalScanTimedWord, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    {
      const CalTranscriptWord *word = cal_transcript_get_word (transcript, i);

      words[i].word = word->word;
      words[i].start = word->start;
      words[i].end = word->end;
    }

  return cal_think_aloud_analyze_words (self, words, n, cal_transcript_get_duration (transcript),
                                        prompt_id, options, error);
}
