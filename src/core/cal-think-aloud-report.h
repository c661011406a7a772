/* cal-think-aloud-report.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/**
 * CalSilenceKind:
 * @CAL_SILENCE_LEADING: before the first word
 * @CAL_SILENCE_BETWEEN: between two words
 * @CAL_SILENCE_TRAILING: after the last word, before the session ended
 *
 * Where a silence fell.
 */
typedef enum
{
  CAL_SILENCE_LEADING,
  CAL_SILENCE_BETWEEN,
  CAL_SILENCE_TRAILING,
} CalSilenceKind;

/**
 * CalSilence:
 * @start: when the silence starts, in seconds
 * @end: when it ends
 * @kind: where it fell
 *
 * A stretch without a word, longer than the silence threshold.
 */
typedef struct
{
  double         start;
  double         end;
  CalSilenceKind kind;
} CalSilence;

/**
 * CalCheckpointHit:
 * @checkpoint: the checkpoint id
 * @phrase: the cue that was heard
 * @at: when it was said, in seconds
 *
 * One moment a checkpoint was touched.
 */
typedef struct
{
  const char *checkpoint;
  const char *phrase;
  double      at;
} CalCheckpointHit;

/**
 * CalSignpost:
 * @phrase: the signpost phrase
 * @at: when it was said, in seconds
 *
 * A phrase that told the listener where the speaker was in their reasoning.
 */
typedef struct
{
  const char *phrase;
  double      at;
} CalSignpost;

/**
 * CalThinkAloudAdvice:
 * @kind: "silence", "checkpoint", "summary", "talk-ratio", "fillers",
 *   "pace" or "no-words"
 * @text: what to do next time
 * @at: the time in the recording it is about, or -1
 *
 * One point of advice on a think-aloud practice.
 */
typedef struct
{
  char   *kind;
  char   *text;
  double  at;
} CalThinkAloudAdvice;

/**
 * CalThinkAloudSummary:
 * @longest_silence_s: the longest silence, 0 if there was none
 * @coverage: share of all checkpoints touched, 0–1
 * @key_coverage: share of the prompt's key checkpoints touched, 0–1
 * @talk_ratio: speaking time over session time, 0–1
 * @wpm: words a minute
 *
 * The few figures of one practice that a history plot follows over time.
 */
typedef struct
{
  double longest_silence_s;
  double coverage;
  double key_coverage;
  double talk_ratio;
  double wpm;
} CalThinkAloudSummary;

#define CAL_TYPE_THINK_ALOUD_REPORT (cal_think_aloud_report_get_type ())

G_DECLARE_FINAL_TYPE (CalThinkAloudReport, cal_think_aloud_report, CAL, THINK_ALOUD_REPORT, GObject)

const char                *cal_think_aloud_report_get_prompt_id        (CalThinkAloudReport  *self);
double                     cal_think_aloud_report_get_duration         (CalThinkAloudReport  *self);
double                     cal_think_aloud_report_get_session          (CalThinkAloudReport  *self);
guint                      cal_think_aloud_report_get_words            (CalThinkAloudReport  *self);
guint                      cal_think_aloud_report_get_n_silences       (CalThinkAloudReport  *self);
const CalSilence          *cal_think_aloud_report_get_silence          (CalThinkAloudReport  *self,
                                                                        guint                 i);
const CalSilence          *cal_think_aloud_report_get_longest_silence  (CalThinkAloudReport  *self);
gboolean                   cal_think_aloud_report_get_checkpoint_time  (CalThinkAloudReport  *self,
                                                                        const char           *checkpoint_id,
                                                                        double               *at);
guint                      cal_think_aloud_report_get_n_hits           (CalThinkAloudReport  *self);
const CalCheckpointHit    *cal_think_aloud_report_get_hit              (CalThinkAloudReport  *self,
                                                                        guint                 i);
guint                      cal_think_aloud_report_get_n_signposts      (CalThinkAloudReport  *self);
const CalSignpost         *cal_think_aloud_report_get_signpost         (CalThinkAloudReport  *self,
                                                                        guint                 i);
gboolean                   cal_think_aloud_report_get_summary_at_end   (CalThinkAloudReport  *self);
double                     cal_think_aloud_report_get_talk_ratio       (CalThinkAloudReport  *self);
double                     cal_think_aloud_report_get_wpm              (CalThinkAloudReport  *self);
GHashTable                *cal_think_aloud_report_get_fillers          (CalThinkAloudReport  *self);
guint                      cal_think_aloud_report_get_n_fillers        (CalThinkAloudReport  *self);
double                     cal_think_aloud_report_get_fillers_per_min  (CalThinkAloudReport  *self);
guint                      cal_think_aloud_report_get_n_advice         (CalThinkAloudReport  *self);
const CalThinkAloudAdvice *cal_think_aloud_report_get_advice           (CalThinkAloudReport  *self,
                                                                        guint                 i);
void                       cal_think_aloud_report_get_summary          (CalThinkAloudReport  *self,
                                                                        CalThinkAloudSummary *summary);
JsonNode                  *cal_think_aloud_report_to_json              (CalThinkAloudReport  *self);

const char                *cal_silence_kind_to_string                  (CalSilenceKind        kind);
JsonNode                  *cal_think_aloud_summary_to_json             (const CalThinkAloudSummary *summary);
gboolean                   cal_think_aloud_summary_from_json           (JsonNode             *node,
                                                                        CalThinkAloudSummary *summary);

G_END_DECLS
