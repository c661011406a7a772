/* cal-speech-stats.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-speech-stats"

#include "config.h"

#include <math.h>

#include "cal-calibration-private.h"
#include "cal-speech-stats.h"
#include "cal-transcript.h"

/**
 * cal_speech_duration:
 * @words: (array length=n_words): timed words
 * @n_words: how many
 * @declared_s: the recording's length as reported, or 0 when unknown
 *
 * Returns: the length of the answer: the declared length, or the end of
 *   the last word when that is later or nothing was declared
 */
double
cal_speech_duration (const CalScanTimedWord *words,
                     guint                   n_words,
                     double                  declared_s)
{
  double last = n_words > 0 ? words[n_words - 1].end : 0.0;

  return MAX (declared_s, last);
}

/**
 * cal_speech_pace_windows:
 * @words: (array length=n_words): timed words
 * @n_words: how many
 * @duration_s: the answer's length
 * @window_s: the window length, e.g. 20
 *
 * Cuts the answer into windows of @window_s and measures the pace in each.
 * A last window shorter than half of @window_s is folded into the one
 * before, because a few words in a short tail would swing the pace.
 *
 * Returns: (transfer full) (element-type CalSpeechWindow): the windows
 */
GArray *
cal_speech_pace_windows (const CalScanTimedWord *words,
                         guint                   n_words,
                         double                  duration_s,
                         double                  window_s)
{
  GArray *windows = g_array_new (FALSE, TRUE, sizeof (CalSpeechWindow));
  guint n_windows;
  g_autofree guint *counts = NULL;
  g_autofree double *lengths = NULL;

  g_return_val_if_fail (window_s > 0, windows);

  if (!(duration_s > 0) || n_words == 0)
    return windows;

  /* Transcripts are checked on the way in; this keeps a hand-made one from
   * sizing the window table by an absurd duration. */
  duration_s = MIN (duration_s, CAL_TRANSCRIPT_MAX_SECONDS);

  n_windows = (guint) ceil (duration_s / window_s);
  if (n_windows > 1 && duration_s - (n_windows - 1) * window_s < window_s / 2)
    n_windows--;
  n_windows = MAX (n_windows, 1);

  counts = g_new0 (guint, n_windows);
  lengths = g_new0 (double, n_windows);
  for (guint w = 0; w < n_windows; w++)
    lengths[w] = w + 1 < n_windows ? window_s : duration_s - w * window_s;

  for (guint i = 0; i < n_words; i++)
    {
      guint w = (guint) MAX (0.0, words[i].start / window_s);

      counts[MIN (w, n_windows - 1)]++;
    }

  for (guint w = 0; w < n_windows; w++)
    {
      CalSpeechWindow window = { w * window_s, lengths[w] > 0 ? counts[w] * 60.0 / lengths[w] : 0 };

      g_array_append_val (windows, window);
    }
  return windows;
}

/**
 * cal_speech_pace_variation:
 * @windows: (element-type CalSpeechWindow): from cal_speech_pace_windows()
 *
 * Returns: the coefficient of variation (standard deviation over mean) of
 *   the windows' pace, 0 with fewer than two windows
 */
double
cal_speech_pace_variation (GArray *windows)
{
  double mean = 0, var = 0;

  if (windows == NULL || windows->len < 2)
    return 0.0;

  for (guint i = 0; i < windows->len; i++)
    mean += g_array_index (windows, CalSpeechWindow, i).wpm;
  mean /= windows->len;
  if (mean <= 0)
    return 0.0;

  for (guint i = 0; i < windows->len; i++)
    {
      double d = g_array_index (windows, CalSpeechWindow, i).wpm - mean;
      var += d * d;
    }
  return sqrt (var / windows->len) / mean;
}

/**
 * cal_speech_long_pauses:
 * @words: (array length=n_words): timed words
 * @n_words: how many
 * @threshold_s: the shortest silence that counts
 *
 * Silences between words of at least @threshold_s. The silence before the
 * first word is thinking time, not a pause, and is left out.
 *
 * Returns: (transfer full) (element-type CalSpeechSpan): the pauses in order
 */
GArray *
cal_speech_long_pauses (const CalScanTimedWord *words,
                        guint                   n_words,
                        double                  threshold_s)
{
  GArray *pauses = g_array_new (FALSE, TRUE, sizeof (CalSpeechSpan));

  for (guint i = 1; i < n_words; i++)
    {
      double gap = words[i].start - words[i - 1].end;

      if (gap >= threshold_s)
        {
          CalSpeechSpan pause = { words[i - 1].end, words[i].start, 0 };

          g_array_append_val (pauses, pause);
        }
    }
  return pauses;
}

/**
 * cal_speech_count_phrases:
 * @lexicon: a #CalLexicon
 * @list: the list to count, e.g. %CAL_LEXICON_FILLERS
 * @scan: the answer
 * @counts: (element-type utf8 guint): phrase → count, added to
 * @times: (nullable) (element-type double): the start of each hit is
 *   appended here, when the scan is timed
 *
 * Counts the phrases of @list without overlaps, longest first, so "you
 * know" is one filler and not "you" plus "know".
 *
 * Returns: the number of hits
 */
guint
cal_speech_count_phrases (CalLexicon     *lexicon,
                          CalLexiconList  list,
                          const CalScan  *scan,
                          GHashTable     *counts,
                          GArray         *times)
{
  guint hits = 0;

  for (guint i = 0; i < scan->words->len;)
    {
      const CalPhrase *phrase = cal_lexicon_match (lexicon, list, scan, i);

      if (phrase == NULL)
        {
          i++;
          continue;
        }

      hits++;
      if (counts != NULL)
        cal_count_map_add (counts, phrase->text);
      if (times != NULL)
        {
          double t = cal_scan_word (scan, i)->t_start;

          g_array_append_val (times, t);
        }
      i += phrase->n_words;
    }
  return hits;
}

/**
 * cal_speech_clusters:
 * @times: (element-type double): event times in ascending order
 * @window_s: the window, e.g. 30
 * @min_count: how many events inside one window make a cluster, e.g. 3
 *
 * Every event that lies in some window of @window_s holding at least
 * @min_count events belongs to a cluster; neighbouring such events closer
 * than @window_s form one cluster.
 *
 * Returns: (transfer full) (element-type CalSpeechSpan): the clusters
 */
GArray *
cal_speech_clusters (GArray *times,
                     double  window_s,
                     guint   min_count)
{
  GArray *clusters = g_array_new (FALSE, TRUE, sizeof (CalSpeechSpan));
  g_autofree gboolean *marked = NULL;
  guint n = times != NULL ? times->len : 0;
  const double *t = n > 0 ? (const double *) times->data : NULL;
  guint j = 0;

  if (n == 0 || min_count == 0)
    return clusters;

  marked = g_new0 (gboolean, n);
  for (guint i = 0; i < n; i++)
    {
      if (j < i)
        j = i;
      while (j + 1 < n && t[j + 1] - t[i] <= window_s)
        j++;
      if (j - i + 1 >= min_count)
        for (guint k = i; k <= j; k++)
          marked[k] = TRUE;
    }

  for (guint i = 0; i < n;)
    {
      CalSpeechSpan span;
      guint k = i;

      if (!marked[i])
        {
          i++;
          continue;
        }
      while (k + 1 < n && marked[k + 1] && t[k + 1] - t[k] <= window_s)
        k++;
      span.start = t[i];
      span.end = t[k];
      span.count = k - i + 1;
      g_array_append_val (clusters, span);
      i = k + 1;
    }
  return clusters;
}

/**
 * cal_speech_format_time:
 * @seconds: a time in the recording
 *
 * Returns: (transfer full): "m:ss", as a player shows it
 */
char *
cal_speech_format_time (double seconds)
{
  int total = (int) floor (CLAMP (seconds, 0, CAL_TRANSCRIPT_MAX_SECONDS) + 0.5);

  return g_strdup_printf ("%d:%02d", total / 60, total % 60);
}
