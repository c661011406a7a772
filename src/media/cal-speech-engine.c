/* cal-speech-engine.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-speech-engine"

#include "config.h"

#include "cal-speech-engine.h"

G_DEFINE_INTERFACE (CalSpeechEngine, cal_speech_engine, G_TYPE_OBJECT)

static void
cal_speech_engine_default_init (CalSpeechEngineInterface *iface)
{
}

/**
 * cal_speech_engine_get_name:
 * @self: a #CalSpeechEngine
 *
 * Returns: the engine's id, stored as the transcript's `engine`
 */
const char *
cal_speech_engine_get_name (CalSpeechEngine *self)
{
  g_return_val_if_fail (CAL_IS_SPEECH_ENGINE (self), NULL);

  return CAL_SPEECH_ENGINE_GET_IFACE (self)->get_name (self);
}

/**
 * cal_speech_engine_prepare:
 * @self: a #CalSpeechEngine
 * @error: return location for a #GError
 *
 * Loads the engine's model. This can take a while and blocks, so call it
 * from a worker thread; later calls return at once.
 *
 * Returns: %TRUE if the engine is ready
 */
gboolean
cal_speech_engine_prepare (CalSpeechEngine  *self,
                           GError          **error)
{
  g_return_val_if_fail (CAL_IS_SPEECH_ENGINE (self), FALSE);

  return CAL_SPEECH_ENGINE_GET_IFACE (self)->prepare (self, error);
}

/**
 * cal_speech_engine_begin:
 * @self: a prepared #CalSpeechEngine
 * @error: return location for a #GError
 *
 * Starts decoding a new recording.
 *
 * Returns: %TRUE on success
 */
gboolean
cal_speech_engine_begin (CalSpeechEngine  *self,
                         GError          **error)
{
  g_return_val_if_fail (CAL_IS_SPEECH_ENGINE (self), FALSE);

  return CAL_SPEECH_ENGINE_GET_IFACE (self)->begin (self, error);
}

/**
 * cal_speech_engine_feed:
 * @self: a #CalSpeechEngine between begin and end
 * @samples: (array length=n_samples): audio at
 *   %CAL_SPEECH_ENGINE_SAMPLE_RATE Hz, mono, signed 16-bit
 * @n_samples: number of samples
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
cal_speech_engine_feed (CalSpeechEngine  *self,
                        const gint16     *samples,
                        gsize             n_samples,
                        GError          **error)
{
  g_return_val_if_fail (CAL_IS_SPEECH_ENGINE (self), FALSE);
  g_return_val_if_fail (samples != NULL || n_samples == 0, FALSE);

  return CAL_SPEECH_ENGINE_GET_IFACE (self)->feed (self, samples, n_samples, error);
}

/**
 * cal_speech_engine_end:
 * @self: a #CalSpeechEngine between begin and end
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the words of everything fed since begin, with
 *   the duration of the audio fed, or %NULL with @error set
 */
CalTranscript *
cal_speech_engine_end (CalSpeechEngine  *self,
                       GError          **error)
{
  g_return_val_if_fail (CAL_IS_SPEECH_ENGINE (self), NULL);

  return CAL_SPEECH_ENGINE_GET_IFACE (self)->end (self, error);
}
