/* cal-transcript.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* No answer or think-aloud session lasts a day; times beyond this in a
 * transcript file are refused rather than sized into memory. */
#define CAL_TRANSCRIPT_MAX_SECONDS (24.0 * 60.0 * 60.0)

#define CAL_TRANSCRIPT_ERROR (cal_transcript_error_quark ())

typedef enum
{
  CAL_TRANSCRIPT_ERROR_INVALID,
} CalTranscriptError;

/**
 * CalTranscriptWord:
 * @word: the recognised word, lower case, without alternate markers
 * @start: when the word starts, in seconds from the start of the recording
 * @end: when the word ends, in seconds
 *
 * One timed word of a #CalTranscript. Owned by the transcript.
 */
typedef struct
{
  char   *word;
  double  start;
  double  end;
} CalTranscriptWord;

#define CAL_TYPE_TRANSCRIPT (cal_transcript_get_type ())

G_DECLARE_FINAL_TYPE (CalTranscript, cal_transcript, CAL, TRANSCRIPT, GObject)

GQuark                   cal_transcript_error_quark      (void);

CalTranscript           *cal_transcript_new              (const char     *engine,
                                                          double          duration_s);
CalTranscript           *cal_transcript_new_from_text    (const char     *text,
                                                          double          duration_s);
CalTranscript           *cal_transcript_new_from_json    (JsonNode       *node,
                                                          GError        **error);
CalTranscript           *cal_transcript_new_from_data    (const char     *data,
                                                          gssize          length,
                                                          GError        **error);

void                     cal_transcript_add_word         (CalTranscript  *self,
                                                          const char     *word,
                                                          double          start,
                                                          double          end);
void                     cal_transcript_set_text         (CalTranscript  *self,
                                                          const char     *text);
void                     cal_transcript_set_duration     (CalTranscript  *self,
                                                          double          duration_s);

const char              *cal_transcript_get_text         (CalTranscript  *self);
double                   cal_transcript_get_duration     (CalTranscript  *self);
const char              *cal_transcript_get_engine       (CalTranscript  *self);
guint                    cal_transcript_get_n_words      (CalTranscript  *self);
const CalTranscriptWord *cal_transcript_get_word         (CalTranscript  *self,
                                                          guint           i);

JsonNode                *cal_transcript_to_json          (CalTranscript  *self);
char                    *cal_transcript_to_data          (CalTranscript  *self,
                                                          gboolean        pretty);

G_END_DECLS
