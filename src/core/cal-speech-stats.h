/* cal-speech-stats.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "cal-lexicon.h"
#include "cal-scan.h"

G_BEGIN_DECLS

/* Delivery measures over timed words, shared by the coach and by any other
 * spoken exercise (think-aloud practice) that needs pace, pauses or
 * filler counts. Times are in seconds. */

/**
 * CalSpeechSpan:
 * @start: when it starts
 * @end: when it ends
 * @count: how many events it holds (fillers in a cluster), or 0
 *
 * A stretch of a recording: a pause, or a cluster of fillers.
 */
typedef struct
{
  double start;
  double end;
  guint  count;
} CalSpeechSpan;

/**
 * CalSpeechWindow:
 * @start: when the window starts
 * @wpm: words a minute inside it
 *
 * The pace of one stretch of the answer.
 */
typedef struct
{
  double start;
  double wpm;
} CalSpeechWindow;

double  cal_speech_duration        (const CalScanTimedWord *words,
                                    guint                   n_words,
                                    double                  declared_s);
GArray *cal_speech_pace_windows    (const CalScanTimedWord *words,
                                    guint                   n_words,
                                    double                  duration_s,
                                    double                  window_s);
double  cal_speech_pace_variation  (GArray                 *windows);
GArray *cal_speech_long_pauses     (const CalScanTimedWord *words,
                                    guint                   n_words,
                                    double                  threshold_s);
guint   cal_speech_count_phrases   (CalLexicon             *lexicon,
                                    CalLexiconList          list,
                                    const CalScan          *scan,
                                    GHashTable             *counts,
                                    GArray                 *times);
GArray *cal_speech_clusters        (GArray                 *times,
                                    double                  window_s,
                                    guint                   min_count);
char   *cal_speech_format_time     (double                  seconds);

G_END_DECLS
