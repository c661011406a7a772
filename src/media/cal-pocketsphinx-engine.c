/* cal-pocketsphinx-engine.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-pocketsphinx-engine"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <pocketsphinx.h>
#include <sphinxbase/err.h>

#include "cal-media.h"
#include "cal-pocketsphinx-engine.h"

/* The en-us model as Debian's pocketsphinx-en-us lays it out, relative to a
 * data dir; the Flatpak installs it the same way under /app/share. */
#define MODEL_SUBDIR "pocketsphinx/model/en-us"
#define HMM_NAME     "en-us"
#define LM_NAME      "en-us.lm.bin"
#define DICT_NAME    "cmudict-en-us.dict"

struct _CalPocketsphinxEngine
{
  GObject       parent_instance;

  char         *model_dir;
  ps_decoder_t *decoder;
  cmd_ln_t     *config;
  double        frame_rate;   /* frames per second of ps_seg_frames() */
  guint64       n_samples;    /* fed since begin */
  gboolean      in_utterance;
};

static void speech_engine_iface_init (CalSpeechEngineInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CalPocketsphinxEngine, cal_pocketsphinx_engine, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (CAL_TYPE_SPEECH_ENGINE, speech_engine_iface_init))

enum {
  PROP_0,
  PROP_MODEL_DIR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
model_dir_is_complete (const char *dir)
{
  g_autofree char *hmm = g_build_filename (dir, HMM_NAME, NULL);
  g_autofree char *lm = g_build_filename (dir, LM_NAME, NULL);
  g_autofree char *dict = g_build_filename (dir, DICT_NAME, NULL);

  return g_file_test (hmm, G_FILE_TEST_IS_DIR) &&
         g_file_test (lm, G_FILE_TEST_IS_REGULAR) &&
         g_file_test (dict, G_FILE_TEST_IS_REGULAR);
}

/* Tokens the decoder emits for silence, breath and noise, and sentence
 * markers; they are not words the user said. */
static gboolean
is_filler_token (const char *word)
{
  return word[0] == '<' || word[0] == '[' || g_str_has_prefix (word, "++");
}

/* The dictionary lists pronunciation variants as "word(2)"; the user said
 * "word". */
static char *
strip_alternate (const char *word)
{
  const char *paren = strchr (word, '(');

  if (paren != NULL && paren > word && g_str_has_suffix (word, ")"))
    return g_strndup (word, paren - word);
  return g_strdup (word);
}

/* pocketsphinx 0.8 keeps state across utterances: the second recording
 * through one decoder gets frame numbers that continue from the first and
 * a different cepstral mean, so its word times are off and its words can
 * differ. A decoder therefore serves exactly one recording; loading the
 * model again costs about 0.35 s, small beside decoding. */
static void
drop_decoder (CalPocketsphinxEngine *self)
{
  if (self->decoder != NULL && self->in_utterance)
    ps_end_utt (self->decoder);
  self->in_utterance = FALSE;
  g_clear_pointer (&self->decoder, ps_free);
  g_clear_pointer (&self->config, cmd_ln_free_r);
}

static const char *
cal_pocketsphinx_engine_get_name (CalSpeechEngine *engine)
{
  return "pocketsphinx";
}

static gboolean
cal_pocketsphinx_engine_prepare (CalSpeechEngine  *engine,
                                 GError          **error)
{
  CalPocketsphinxEngine *self = CAL_POCKETSPHINX_ENGINE (engine);
  g_autofree char *hmm = NULL;
  g_autofree char *lm = NULL;
  g_autofree char *dict = NULL;

  if (self->decoder != NULL)
    return TRUE;

  if (self->model_dir == NULL)
    {
      self->model_dir = cal_pocketsphinx_engine_find_model_dir (error);
      if (self->model_dir == NULL)
        return FALSE;
    }
  else if (!model_dir_is_complete (self->model_dir))
    {
      g_set_error (error, CAL_MEDIA_ERROR, CAL_MEDIA_ERROR_NO_MODEL,
                   _("The speech model in “%s” is incomplete: it needs “%s”, “%s” and “%s”. "
                     "Reinstall the pocketsphinx-en-us package."),
                   self->model_dir, HMM_NAME, LM_NAME, DICT_NAME);
      return FALSE;
    }

  hmm = g_build_filename (self->model_dir, HMM_NAME, NULL);
  lm = g_build_filename (self->model_dir, LM_NAME, NULL);
  dict = g_build_filename (self->model_dir, DICT_NAME, NULL);

  /* pocketsphinx logs every setting and model detail to stderr, which would
   * bury the app's own messages; the outcome is reported through GError. */
  err_set_logfp (NULL);

  /* -remove_silence no keeps every 10 ms frame in the decoder's clock, so a
   * word's frame numbers are its real position in the recording. With the
   * default voice-activity filter, one long utterance with a pause in it
   * lost everything said before the pause. */
  self->config = cmd_ln_init (NULL, ps_args (), TRUE,
                              "-hmm", hmm,
                              "-lm", lm,
                              "-dict", dict,
                              "-samprate", "16000",
                              "-remove_silence", "no",
                              "-logfn", "/dev/null",
                              NULL);
  if (self->config == NULL)
    {
      g_set_error (error, CAL_MEDIA_ERROR, CAL_MEDIA_ERROR_NO_MODEL,
                   _("The speech model in “%s” could not be configured. "
                     "Reinstall the pocketsphinx-en-us package."),
                   self->model_dir);
      return FALSE;
    }

  self->decoder = ps_init (self->config);
  if (self->decoder == NULL)
    {
      g_clear_pointer (&self->config, cmd_ln_free_r);
      g_set_error (error, CAL_MEDIA_ERROR, CAL_MEDIA_ERROR_NO_MODEL,
                   _("The speech model in “%s” could not be loaded; it may be damaged. "
                     "Reinstall the pocketsphinx-en-us package."),
                   self->model_dir);
      return FALSE;
    }

  self->frame_rate = cmd_ln_int32_r (self->config, "-frate");
  if (self->frame_rate <= 0)
    self->frame_rate = 100;

  return TRUE;
}

static gboolean
cal_pocketsphinx_engine_begin (CalSpeechEngine  *engine,
                               GError          **error)
{
  CalPocketsphinxEngine *self = CAL_POCKETSPHINX_ENGINE (engine);

  if (self->in_utterance)
    drop_decoder (self);

  if (!cal_pocketsphinx_engine_prepare (engine, error))
    return FALSE;

  if (ps_start_utt (self->decoder) < 0)
    {
      g_set_error (error, CAL_MEDIA_ERROR, CAL_MEDIA_ERROR_FAILED,
                   _("The speech recogniser could not start."));
      return FALSE;
    }

  self->in_utterance = TRUE;
  self->n_samples = 0;
  return TRUE;
}

static gboolean
cal_pocketsphinx_engine_feed (CalSpeechEngine  *engine,
                              const gint16     *samples,
                              gsize             n_samples,
                              GError          **error)
{
  CalPocketsphinxEngine *self = CAL_POCKETSPHINX_ENGINE (engine);

  g_return_val_if_fail (self->in_utterance, FALSE);

  if (n_samples == 0)
    return TRUE;

  if (ps_process_raw (self->decoder, samples, n_samples, FALSE, FALSE) < 0)
    {
      g_set_error (error, CAL_MEDIA_ERROR, CAL_MEDIA_ERROR_FAILED,
                   _("The speech recogniser failed on this recording."));
      return FALSE;
    }

  self->n_samples += n_samples;
  return TRUE;
}

static CalTranscript *
cal_pocketsphinx_engine_end (CalSpeechEngine  *engine,
                             GError          **error)
{
  CalPocketsphinxEngine *self = CAL_POCKETSPHINX_ENGINE (engine);
  g_autoptr(CalTranscript) transcript = NULL;
  double duration_s;

  g_return_val_if_fail (self->in_utterance, NULL);

  self->in_utterance = FALSE;
  if (ps_end_utt (self->decoder) < 0)
    {
      drop_decoder (self);
      g_set_error (error, CAL_MEDIA_ERROR, CAL_MEDIA_ERROR_FAILED,
                   _("The speech recogniser failed on this recording."));
      return NULL;
    }

  duration_s = (double) self->n_samples / CAL_SPEECH_ENGINE_SAMPLE_RATE;
  transcript = cal_transcript_new ("pocketsphinx", duration_s);

  for (ps_seg_t *seg = ps_seg_iter (self->decoder); seg != NULL; seg = ps_seg_next (seg))
    {
      const char *token = ps_seg_word (seg);
      g_autofree char *word = NULL;
      int start_frame, end_frame;

      if (token == NULL || is_filler_token (token))
        continue;

      ps_seg_frames (seg, &start_frame, &end_frame);
      word = strip_alternate (token);
      /* The end frame is inclusive. */
      cal_transcript_add_word (transcript, word,
                               start_frame / self->frame_rate,
                               MIN ((end_frame + 1) / self->frame_rate, duration_s));
    }

  cal_transcript_set_duration (transcript, duration_s);
  drop_decoder (self);
  return g_steal_pointer (&transcript);
}

static void
speech_engine_iface_init (CalSpeechEngineInterface *iface)
{
  iface->get_name = cal_pocketsphinx_engine_get_name;
  iface->prepare = cal_pocketsphinx_engine_prepare;
  iface->begin = cal_pocketsphinx_engine_begin;
  iface->feed = cal_pocketsphinx_engine_feed;
  iface->end = cal_pocketsphinx_engine_end;
}

static void
cal_pocketsphinx_engine_finalize (GObject *object)
{
  CalPocketsphinxEngine *self = (CalPocketsphinxEngine *)object;

  drop_decoder (self);
  g_clear_pointer (&self->model_dir, g_free);

  G_OBJECT_CLASS (cal_pocketsphinx_engine_parent_class)->finalize (object);
}

static void
cal_pocketsphinx_engine_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  CalPocketsphinxEngine *self = CAL_POCKETSPHINX_ENGINE (object);

  switch (prop_id)
    {
    case PROP_MODEL_DIR:
      g_value_set_string (value, self->model_dir);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cal_pocketsphinx_engine_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  CalPocketsphinxEngine *self = CAL_POCKETSPHINX_ENGINE (object);

  switch (prop_id)
    {
    case PROP_MODEL_DIR:
      self->model_dir = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cal_pocketsphinx_engine_class_init (CalPocketsphinxEngineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cal_pocketsphinx_engine_finalize;
  object_class->get_property = cal_pocketsphinx_engine_get_property;
  object_class->set_property = cal_pocketsphinx_engine_set_property;

  /**
   * CalPocketsphinxEngine:model-dir:
   *
   * The folder holding `en-us/`, `en-us.lm.bin` and `cmudict-en-us.dict`,
   * or %NULL to look for it with cal_pocketsphinx_engine_find_model_dir().
   */
  properties[PROP_MODEL_DIR] =
    g_param_spec_string ("model-dir", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cal_pocketsphinx_engine_init (CalPocketsphinxEngine *self)
{
}

/**
 * cal_pocketsphinx_engine_new:
 * @model_dir: (nullable): the model folder, or %NULL to find it at run time
 *
 * Creates an engine. The model is loaded by cal_speech_engine_prepare(),
 * not here, so creating one is cheap and safe on the main thread.
 *
 * Returns: (transfer full): a new #CalSpeechEngine
 */
CalSpeechEngine *
cal_pocketsphinx_engine_new (const char *model_dir)
{
  return g_object_new (CAL_TYPE_POCKETSPHINX_ENGINE, "model-dir", model_dir, NULL);
}

/**
 * cal_pocketsphinx_engine_find_model_dir:
 * @error: return location for a #GError
 *
 * Looks for the en-us model: first in `$CALIBRD_PS_MODEL_DIR` (set by the
 * Flatpak or by a user with a model elsewhere), then under each system data
 * dir (`/app/share`, `/usr/share`, …) in `pocketsphinx/model/en-us`.
 *
 * Returns: (transfer full): the folder, or %NULL with
 *   %CAL_MEDIA_ERROR_NO_MODEL set
 */
char *
cal_pocketsphinx_engine_find_model_dir (GError **error)
{
  const char *env = g_getenv ("CALIBRD_PS_MODEL_DIR");
  const char * const *data_dirs;

  if (env != NULL && *env != '\0')
    {
      if (model_dir_is_complete (env))
        return g_strdup (env);

      g_set_error (error, CAL_MEDIA_ERROR, CAL_MEDIA_ERROR_NO_MODEL,
                   _("No speech model in “%s” (from CALIBRD_PS_MODEL_DIR): it needs “%s”, "
                     "“%s” and “%s”. Point CALIBRD_PS_MODEL_DIR at a pocketsphinx en-us "
                     "model or unset it."),
                   env, HMM_NAME, LM_NAME, DICT_NAME);
      return NULL;
    }

  data_dirs = g_get_system_data_dirs ();
  for (guint i = 0; data_dirs[i] != NULL; i++)
    {
      g_autofree char *dir = g_build_filename (data_dirs[i], MODEL_SUBDIR, NULL);

      if (model_dir_is_complete (dir))
        return g_steal_pointer (&dir);
    }

  g_set_error (error, CAL_MEDIA_ERROR, CAL_MEDIA_ERROR_NO_MODEL,
               _("No English speech model is installed, so recordings cannot be "
                 "transcribed. Install the pocketsphinx-en-us package (or set "
                 "CALIBRD_PS_MODEL_DIR to a pocketsphinx en-us model folder)."));
  return NULL;
}

/**
 * cal_pocketsphinx_engine_get_model_dir:
 * @self: a #CalPocketsphinxEngine
 *
 * Returns: (nullable): the model folder in use, or %NULL before it was found
 */
const char *
cal_pocketsphinx_engine_get_model_dir (CalPocketsphinxEngine *self)
{
  g_return_val_if_fail (CAL_IS_POCKETSPHINX_ENGINE (self), NULL);

  return self->model_dir;
}
