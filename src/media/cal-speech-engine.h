/* cal-speech-engine.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "cal-transcript.h"

G_BEGIN_DECLS

/* Every engine takes the same input, so the decoding pipeline in
 * CalTranscriber does not depend on which engine is used. */
#define CAL_SPEECH_ENGINE_SAMPLE_RATE 16000

#define CAL_TYPE_SPEECH_ENGINE (cal_speech_engine_get_type ())

G_DECLARE_INTERFACE (CalSpeechEngine, cal_speech_engine, CAL, SPEECH_ENGINE, GObject)

/**
 * CalSpeechEngineInterface:
 * @get_name: the engine's id as it appears in a transcript, e.g. "pocketsphinx"
 * @prepare: loads the model; slow, called off the main thread; idempotent
 * @begin: starts a new recording
 * @feed: takes the next samples: 16 kHz, mono, signed 16-bit native endian
 * @end: finishes the recording and returns its words with their times
 *
 * A speech-to-text engine. One engine decodes one recording at a time;
 * callers serialise begin…end.
 */
struct _CalSpeechEngineInterface
{
  GTypeInterface parent_iface;

  const char    *(*get_name) (CalSpeechEngine  *self);
  gboolean       (*prepare)  (CalSpeechEngine  *self,
                              GError          **error);
  gboolean       (*begin)    (CalSpeechEngine  *self,
                              GError          **error);
  gboolean       (*feed)     (CalSpeechEngine  *self,
                              const gint16     *samples,
                              gsize             n_samples,
                              GError          **error);
  CalTranscript *(*end)      (CalSpeechEngine  *self,
                              GError          **error);
};

const char    *cal_speech_engine_get_name (CalSpeechEngine  *self);
gboolean       cal_speech_engine_prepare  (CalSpeechEngine  *self,
                                           GError          **error);
gboolean       cal_speech_engine_begin    (CalSpeechEngine  *self,
                                           GError          **error);
gboolean       cal_speech_engine_feed     (CalSpeechEngine  *self,
                                           const gint16     *samples,
                                           gsize             n_samples,
                                           GError          **error);
CalTranscript *cal_speech_engine_end      (CalSpeechEngine  *self,
                                           GError          **error);

G_END_DECLS
