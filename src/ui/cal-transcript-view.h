/* cal-transcript-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>
#include <json-glib/json-glib.h>

#include "cal-transcript.h"

G_BEGIN_DECLS

#define CAL_TYPE_TRANSCRIPT_VIEW (cal_transcript_view_get_type ())

G_DECLARE_FINAL_TYPE (CalTranscriptView, cal_transcript_view, CAL, TRANSCRIPT_VIEW, AdwBin)

GtkWidget     *cal_transcript_view_new            (void);
void           cal_transcript_view_set_transcript (CalTranscriptView *self,
                                                   CalTranscript     *transcript,
                                                   JsonObject        *report);
CalTranscript *cal_transcript_view_get_transcript (CalTranscriptView *self);
char          *cal_transcript_view_dup_text       (CalTranscriptView *self);
guint          cal_transcript_view_get_n_fillers  (CalTranscriptView *self);
guint          cal_transcript_view_get_n_pauses   (CalTranscriptView *self);
gboolean       cal_transcript_view_get_word_area  (CalTranscriptView *self,
                                                   guint              index,
                                                   graphene_rect_t   *area);
gboolean       cal_transcript_view_activate_at    (CalTranscriptView *self,
                                                   double             x,
                                                   double             y);
void           cal_transcript_view_set_position   (CalTranscriptView *self,
                                                   double             seconds);

G_END_DECLS
