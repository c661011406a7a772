/* cal-coach.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-coach"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "cal-calibration-private.h"
#include "cal-calibrator.h"
#include "cal-coach.h"
#include "cal-coach-report-private.h"

/* More than this many fillers a minute is noticeable to a listener. */
#define FILLERS_PER_MIN_LIMIT 3.0
/* A pace that swings by more than this share of its mean sounds uneven. */
#define VARIATION_LIMIT 0.25
/* At most this many pauses are called out, the longest first. */
#define MAX_PAUSE_ADVICE 3

struct _CalCoach
{
  GObject        parent_instance;

  CalCalibrator *calibrator;
};

G_DEFINE_FINAL_TYPE (CalCoach, cal_coach, G_TYPE_OBJECT)

/**
 * cal_coach_options_init:
 * @options: (out caller-allocates): options to fill with the defaults
 */
void
cal_coach_options_init (CalCoachOptions *options)
{
  g_return_if_fail (options != NULL);

  options->target_duration_s = 120;
  options->pace_min_wpm = 120;
  options->pace_max_wpm = 160;
  options->window_s = 20;
  options->long_pause_s = 2;
  options->cluster_window_s = 30;
  options->cluster_min = 3;
  options->sentence_gap_s = 0.7;
}

static void
cal_coach_dispose (GObject *object)
{
  CalCoach *self = (CalCoach *)object;

  g_clear_object (&self->calibrator);

  G_OBJECT_CLASS (cal_coach_parent_class)->dispose (object);
}

static void
cal_coach_class_init (CalCoachClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cal_coach_dispose;
}

static void
cal_coach_init (CalCoach *self)
{
}

/**
 * cal_coach_new:
 * @lexicon: (nullable): the lexicon, or %NULL for the built-in one
 *
 * Returns: (transfer full): a new #CalCoach
 */
CalCoach *
cal_coach_new (CalLexicon *lexicon)
{
  CalCoach *self = g_object_new (CAL_TYPE_COACH, NULL);

  self->calibrator = cal_calibrator_new (lexicon);
  return self;
}

static const char *
part_of_word (CalCalibration *calibration,
              const CalScan  *scan,
              guint           word)
{
  guint sentence = cal_scan_word (scan, word)->sentence;
  guint parts;

  if (sentence >= calibration->sentence_parts->len)
    return NULL;
  parts = g_array_index (calibration->sentence_parts, guint, sentence);
  if (parts & (1 << CAL_STAR_RESULT))
    return "result";
  if (parts & (1 << CAL_STAR_ACTION))
    return "action";
  if (parts & (1 << CAL_STAR_TASK))
    return "task";
  return NULL;
}

static int
compare_pause_length (gconstpointer a,
                      gconstpointer b)
{
  const CalSpeechSpan *x = a, *y = b;
  double dx = x->end - x->start, dy = y->end - y->start;

  if (dx != dy)
    return dx > dy ? -1 : 1;
  return x->start < y->start ? -1 : x->start > y->start;
}

static void
advise (CalCoach              *self,
        CalCoachReport        *report,
        const CalScan         *scan,
        const CalCoachOptions *options)
{
  CalCalibration *calibration = report->calibration;
  g_autofree char *length = cal_speech_format_time (report->duration_s);
  g_autofree char *target = cal_speech_format_time (options->target_duration_s);

  if (report->words == 0)
    {
      cal_coach_report_add_advice (report, "length", -1,
                                   _("No words were heard: check the microphone, then answer out loud."));
      return;
    }

  /* Content first: an answer that buries its result loses the listener
   * whatever the delivery. */
  if (!calibration->impact_first)
    cal_coach_report_add_advice (report, "impact-first", 0,
                                 _("Open with the result next time: say in the first sentence what changed, by how much and for whom."));

  if (report->duration_s > options->target_duration_s * 1.25)
    {
      g_autofree char *text = g_strdup_printf (_("The answer took %s against a target of %s: cut the situation to two sentences and get to what you did sooner."),
                                               length, target);
      cal_coach_report_add_advice (report, "length", -1, text);
    }
  else if (report->duration_s < options->target_duration_s * 0.5)
    {
      g_autofree char *text = g_strdup_printf (_("The answer took only %s against a target of %s: add the steps you took and a number for the result."),
                                               length, target);
      cal_coach_report_add_advice (report, "length", -1, text);
    }

  if (report->wpm > options->pace_max_wpm)
    {
      g_autofree char *text = g_strdup_printf (_("You spoke at %.0f words a minute, faster than %.0f–%.0f: pause for a breath after each number and each step."),
                                               report->wpm, options->pace_min_wpm, options->pace_max_wpm);
      cal_coach_report_add_advice (report, "pace", -1, text);
    }
  else if (report->wpm < options->pace_min_wpm && report->duration_s >= options->window_s)
    {
      g_autofree char *text = g_strdup_printf (_("You spoke at %.0f words a minute, slower than %.0f–%.0f: rehearse the answer until the steps come without searching."),
                                               report->wpm, options->pace_min_wpm, options->pace_max_wpm);
      cal_coach_report_add_advice (report, "pace", -1, text);
    }

  if (report->wpm_variation > VARIATION_LIMIT && report->windows->len >= 2)
    {
      const CalSpeechWindow *fast = NULL, *slow = NULL;

      for (guint i = 0; i < report->windows->len; i++)
        {
          const CalSpeechWindow *window = &g_array_index (report->windows, CalSpeechWindow, i);

          if (fast == NULL || window->wpm > fast->wpm)
            fast = window;
          if (slow == NULL || window->wpm < slow->wpm)
            slow = window;
        }
      {
        g_autofree char *fast_at = cal_speech_format_time (fast->start);
        g_autofree char *slow_at = cal_speech_format_time (slow->start);
        g_autofree char *text = g_strdup_printf (_("Your pace swung from %.0f words a minute at %s to %.0f at %s: keep an even pace, slowing down where you rushed."),
                                                 slow->wpm, slow_at, fast->wpm, fast_at);
        cal_coach_report_add_advice (report, "pace-variation", fast->start, text);
      }
    }

  if (report->long_pauses->len > 0)
    {
      g_autoptr(GArray) longest = g_array_copy (report->long_pauses);

      g_array_sort (longest, compare_pause_length);
      for (guint i = 0; i < longest->len && i < MAX_PAUSE_ADVICE; i++)
        {
          const CalSpeechSpan *pause = &g_array_index (longest, CalSpeechSpan, i);
          g_autofree char *at = cal_speech_format_time (pause->start);
          g_autofree char *text = NULL;
          const char *part = NULL;

          /* Which part of the answer came next tells what to rehearse. */
          for (guint w = 0; w < scan->words->len; w++)
            if (cal_scan_word (scan, w)->t_start >= pause->end - 0.001)
              {
                part = part_of_word (calibration, scan, w);
                break;
              }

          if (g_strcmp0 (part, "result") == 0)
            text = g_strdup_printf (_("You paused %.0f s at %s before the result: rehearse the result sentence until it comes at once."),
                                    pause->end - pause->start, at);
          else if (g_strcmp0 (part, "action") == 0)
            text = g_strdup_printf (_("You paused %.0f s at %s before describing what you did: rehearse your steps in order."),
                                    pause->end - pause->start, at);
          else if (g_strcmp0 (part, "task") == 0)
            text = g_strdup_printf (_("You paused %.0f s at %s before your task: practise one sentence that says what you had to do."),
                                    pause->end - pause->start, at);
          else
            text = g_strdup_printf (_("You paused %.0f s at %s: note what comes next and rehearse that transition."),
                                    pause->end - pause->start, at);
          cal_coach_report_add_advice (report, "pause", pause->start, text);
        }
    }

  for (guint i = 0; i < report->filler_clusters->len; i++)
    {
      const CalSpeechSpan *cluster = &g_array_index (report->filler_clusters, CalSpeechSpan, i);
      g_autofree char *from = cal_speech_format_time (cluster->start);
      g_autofree char *to = cal_speech_format_time (cluster->end);
      g_autofree char *text = g_strdup_printf (_("%u fillers bunched between %s and %s: that is where you were unsure; rehearse that part until you can say it plainly."),
                                               cluster->count, from, to);
      cal_coach_report_add_advice (report, "filler-cluster", cluster->start, text);
    }

  if (report->fillers_per_min > FILLERS_PER_MIN_LIMIT)
    {
      const char *top = NULL;
      guint top_count = 0;
      GHashTableIter iter;
      gpointer key, value;

      g_hash_table_iter_init (&iter, report->fillers);
      while (g_hash_table_iter_next (&iter, &key, &value))
        if (GPOINTER_TO_UINT (value) > top_count ||
            (GPOINTER_TO_UINT (value) == top_count && g_strcmp0 (key, top) < 0))
          {
            top = key;
            top_count = GPOINTER_TO_UINT (value);
          }
      {
        g_autofree char *text = g_strdup_printf (_("You used %.1f fillers a minute, most often “%s”: let a short silence take their place."),
                                                 report->fillers_per_min, top);
        cal_coach_report_add_advice (report, "fillers", -1, text);
      }
    }

  {
    guint hedges = 0;
    GHashTableIter iter;
    gpointer value;

    g_hash_table_iter_init (&iter, calibration->hedges);
    while (g_hash_table_iter_next (&iter, NULL, &value))
      hedges += GPOINTER_TO_UINT (value);
    if (hedges >= 2)
      {
        g_autofree char *text = g_strdup_printf (_("You hedged %u times: say what you did and what happened without “I think” or “maybe”."),
                                                 hedges);
        cal_coach_report_add_advice (report, "hedges", -1, text);
      }
  }

  if (calibration->we_count >= 3 && calibration->we_count > calibration->i_count)
    {
      g_autofree char *text = g_strdup_printf (_("You said “we” %u times and “I” %u times: say which steps were yours."),
                                               calibration->we_count, calibration->i_count);
      cal_coach_report_add_advice (report, "i-we", -1, text);
    }

  if (!calibration->star[CAL_STAR_RESULT])
    cal_coach_report_add_advice (report, "star", -1,
                                 _("End with the result next time: what changed afterwards, with a number."));
}

/**
 * cal_coach_analyze_words:
 * @self: a #CalCoach
 * @words: (array length=n_words): the timed words of the answer
 * @n_words: how many
 * @text: (nullable): the answer as punctuated text, used for sentences
 *   when the word times are only estimates (a typed answer)
 * @duration_s: the recording's length, or 0 if unknown
 * @question: (nullable): the question answered
 * @target_level: (nullable): the level id aimed at
 * @options: (nullable): what to compare against, or %NULL for defaults
 * @error: return location for a #GError
 *
 * The coach on plain timed words, for callers without a #CalTranscript.
 *
 * Returns: (transfer full): the report, or %NULL with @error set
 */
CalCoachReport *
cal_coach_analyze_words (CalCoach               *self,
                         const CalScanTimedWord *words,
                         guint                   n_words,
                         const char             *text,
                         double                  duration_s,
                         const char             *question,
                         const char             *target_level,
                         const CalCoachOptions  *options,
                         GError                **error)
{
  g_autoptr(CalCoachReport) report = NULL;
  g_autoptr(CalScan) scan = NULL;
  g_autoptr(GArray) filler_times = g_array_new (FALSE, FALSE, sizeof (double));
  CalCoachOptions defaults;
  CalLexicon *lexicon;
  double minutes;

  g_return_val_if_fail (CAL_IS_COACH (self), NULL);
  g_return_val_if_fail (words != NULL || n_words == 0, NULL);

  if (options == NULL)
    {
      cal_coach_options_init (&defaults);
      options = &defaults;
    }

  if (text != NULL && !g_utf8_validate (text, -1, NULL))
    {
      g_set_error (error, CAL_CALIBRATOR_ERROR, CAL_CALIBRATOR_ERROR_INVALID_TEXT,
                   _("The transcript is not valid UTF-8 text"));
      return NULL;
    }
  for (guint i = 0; i < n_words; i++)
    if (words[i].word == NULL || !g_utf8_validate (words[i].word, -1, NULL))
      {
        g_set_error (error, CAL_CALIBRATOR_ERROR, CAL_CALIBRATOR_ERROR_INVALID_TEXT,
                     _("Word %u of the transcript is not valid UTF-8 text"), i + 1);
        return NULL;
      }

  lexicon = cal_calibrator_get_lexicon (self->calibrator);

  /* With real word times, pauses mark the sentences. A typed answer has
   * punctuation but only estimated times, spread over its words. */
  if (text != NULL)
    {
      scan = cal_scan_new_text (text);
      for (guint i = 0; i < scan->words->len && n_words > 0; i++)
        {
          CalScanWord *word = cal_scan_word (scan, i);
          guint w = (guint) ((guint64) i * n_words / scan->words->len);

          word->t_start = words[w].start;
          word->t_end = words[w].end;
        }
    }
  else
    scan = cal_scan_new_timed (words, n_words, options->sentence_gap_s);

  report = g_object_new (CAL_TYPE_COACH_REPORT, NULL);
  report->calibration = cal_calibrator_calibrate_scan (self->calibrator, scan, TRUE, target_level, error);
  if (report->calibration == NULL)
    return NULL;

  report->question = g_strdup (question);
  report->text = g_strdup (scan->text);
  report->duration_s = cal_speech_duration (words, n_words, duration_s);
  report->words = n_words;
  minutes = report->duration_s / 60.0;
  report->wpm = minutes > 0 ? n_words / minutes : 0;
  report->windows = cal_speech_pace_windows (words, n_words, report->duration_s, options->window_s);
  report->wpm_variation = cal_speech_pace_variation (report->windows);
  report->long_pauses = cal_speech_long_pauses (words, n_words, options->long_pause_s);
  report->n_fillers = cal_speech_count_phrases (lexicon, CAL_LEXICON_FILLERS, scan, report->fillers, filler_times);
  report->fillers_per_min = minutes > 0 ? report->n_fillers / minutes : 0;
  report->filler_clusters = cal_speech_clusters (filler_times, options->cluster_window_s, options->cluster_min);

  advise (self, report, scan, options);

  return g_steal_pointer (&report);
}

/**
 * cal_coach_analyze:
 * @self: a #CalCoach
 * @transcript: the answer, as transcribed or typed
 * @question: (nullable): the question answered
 * @target_level: (nullable): the level id aimed at
 * @options: (nullable): what to compare against, or %NULL for defaults
 * @error: return location for a #GError
 *
 * Grades delivery (pace, pauses, fillers, hedges) and content (the same
 * calibration a written story gets) of one spoken answer.
 *
 * Returns: (transfer full): the report, or %NULL with @error set
 */
CalCoachReport *
cal_coach_analyze (CalCoach               *self,
                   CalTranscript          *transcript,
                   const char             *question,
                   const char             *target_level,
                   const CalCoachOptions  *options,
                   GError                **error)
{
  guint n;
  g_autofree CalScanTimedWord *words = NULL;
  const char *text = NULL;

  g_return_val_if_fail (CAL_IS_COACH (self), NULL);
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

  /* Typed answers keep their punctuation, which marks sentences better
   * than evenly spread word times can. */
  if (g_strcmp0 (cal_transcript_get_engine (transcript), "text") == 0)
    text = cal_transcript_get_text (transcript);

  return cal_coach_analyze_words (self, words, n, text, cal_transcript_get_duration (transcript),
                                  question, target_level, options, error);
}
