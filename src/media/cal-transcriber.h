/* cal-transcriber.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "cal-speech-engine.h"
#include "cal-transcript.h"

G_BEGIN_DECLS

#define CAL_TYPE_TRANSCRIBER (cal_transcriber_get_type ())

G_DECLARE_FINAL_TYPE (CalTranscriber, cal_transcriber, CAL, TRANSCRIBER, GObject)

CalTranscriber  *cal_transcriber_new               (CalSpeechEngine      *engine);
CalSpeechEngine *cal_transcriber_get_engine        (CalTranscriber       *self);

CalTranscript   *cal_transcriber_transcribe        (CalTranscriber       *self,
                                                    GFile                *file,
                                                    GCancellable         *cancellable,
                                                    GError              **error);
void             cal_transcriber_transcribe_async  (CalTranscriber       *self,
                                                    GFile                *file,
                                                    GCancellable         *cancellable,
                                                    GAsyncReadyCallback   callback,
                                                    gpointer              user_data);
CalTranscript   *cal_transcriber_transcribe_finish (CalTranscriber       *self,
                                                    GAsyncResult         *result,
                                                    GError              **error);

G_END_DECLS
