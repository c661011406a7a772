/* cal-practice.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-store"

#include "config.h"

#include "cal-practice.h"

/**
 * CalPractice:
 *
 * One spoken practice answer: its recording, transcript and coach report.
 *
 * Every setter notifies only on a real change and then sets
 * #CalPractice:dirty, which is what the autosave looks for. The store clears
 * it after loading or writing the object; #CalPractice:id and the time stamps
 * are the store's bookkeeping and do not make the object dirty.
 */

struct _CalPractice
{
  GObject parent_instance;

  gint64    id;
  gint64    question_id;
  char     *question_text;
  gint64    story_id;
  gint64    job_id;
  char     *audio_path;
  double    duration;
  char     *transcript;
  char     *report;
  char     *mode;
  gint64    created;
  gboolean  dirty;
};

G_DEFINE_FINAL_TYPE (CalPractice, cal_practice, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_QUESTION_ID,
  PROP_QUESTION_TEXT,
  PROP_STORY_ID,
  PROP_JOB_ID,
  PROP_AUDIO_PATH,
  PROP_DURATION,
  PROP_TRANSCRIPT,
  PROP_REPORT,
  PROP_MODE,
  PROP_CREATED,
  PROP_DIRTY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cal_practice_mark_dirty (CalPractice *self)
{
  if (self->dirty)
    return;

  self->dirty = TRUE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRTY]);
}

static void
cal_practice_finalize (GObject *object)
{
  CalPractice *self = (CalPractice *) object;

  g_free (self->question_text);
  g_free (self->audio_path);
  g_free (self->transcript);
  g_free (self->report);
  g_free (self->mode);

  G_OBJECT_CLASS (cal_practice_parent_class)->finalize (object);
}

static void
cal_practice_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  CalPractice *self = CAL_PRACTICE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_QUESTION_ID:
      g_value_set_int64 (value, self->question_id);
      break;

    case PROP_QUESTION_TEXT:
      g_value_set_string (value, self->question_text);
      break;

    case PROP_STORY_ID:
      g_value_set_int64 (value, self->story_id);
      break;

    case PROP_JOB_ID:
      g_value_set_int64 (value, self->job_id);
      break;

    case PROP_AUDIO_PATH:
      g_value_set_string (value, self->audio_path);
      break;

    case PROP_DURATION:
      g_value_set_double (value, self->duration);
      break;

    case PROP_TRANSCRIPT:
      g_value_set_string (value, self->transcript);
      break;

    case PROP_REPORT:
      g_value_set_string (value, self->report);
      break;

    case PROP_MODE:
      g_value_set_string (value, self->mode);
      break;

    case PROP_CREATED:
      g_value_set_int64 (value, self->created);
      break;

    case PROP_DIRTY:
      g_value_set_boolean (value, self->dirty);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cal_practice_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  CalPractice *self = CAL_PRACTICE (object);

  switch (prop_id)
    {
    case PROP_ID:
      cal_practice_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_QUESTION_ID:
      cal_practice_set_question_id (self, g_value_get_int64 (value));
      break;

    case PROP_QUESTION_TEXT:
      cal_practice_set_question_text (self, g_value_get_string (value));
      break;

    case PROP_STORY_ID:
      cal_practice_set_story_id (self, g_value_get_int64 (value));
      break;

    case PROP_JOB_ID:
      cal_practice_set_job_id (self, g_value_get_int64 (value));
      break;

    case PROP_AUDIO_PATH:
      cal_practice_set_audio_path (self, g_value_get_string (value));
      break;

    case PROP_DURATION:
      cal_practice_set_duration (self, g_value_get_double (value));
      break;

    case PROP_TRANSCRIPT:
      cal_practice_set_transcript (self, g_value_get_string (value));
      break;

    case PROP_REPORT:
      cal_practice_set_report (self, g_value_get_string (value));
      break;

    case PROP_MODE:
      cal_practice_set_mode (self, g_value_get_string (value));
      break;

    case PROP_CREATED:
      cal_practice_set_created (self, g_value_get_int64 (value));
      break;

    case PROP_DIRTY:
      cal_practice_set_dirty (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cal_practice_class_init (CalPracticeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cal_practice_finalize;
  object_class->get_property = cal_practice_get_property;
  object_class->set_property = cal_practice_set_property;

  /**
   * CalPractice:id:
   *
   * The row id in the database, 0 while the object has never been stored.
   */
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalPractice:question-id:
   *
   * The #CalQuestion answered, 0 for none.
   */
  properties[PROP_QUESTION_ID] =
    g_param_spec_int64 ("question-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalPractice:question-text:
   *
   * The question as it was asked, kept even if the question is deleted.
   */
  properties[PROP_QUESTION_TEXT] =
    g_param_spec_string ("question-text", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalPractice:story-id:
   *
   * The #CalStory told, 0 for none.
   */
  properties[PROP_STORY_ID] =
    g_param_spec_int64 ("story-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalPractice:job-id:
   *
   * The #CalJob practised for, 0 for none.
   */
  properties[PROP_JOB_ID] =
    g_param_spec_int64 ("job-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalPractice:audio-path:
   *
   * The recording, relative to the recordings folder, or empty.
   */
  properties[PROP_AUDIO_PATH] =
    g_param_spec_string ("audio-path", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalPractice:duration:
   *
   * The length of the answer in seconds.
   */
  properties[PROP_DURATION] =
    g_param_spec_double ("duration", NULL, NULL,
                         0.0, G_MAXDOUBLE, 0.0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalPractice:transcript:
   *
   * The transcript with word timings, as JSON text.
   */
  properties[PROP_TRANSCRIPT] =
    g_param_spec_string ("transcript", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalPractice:report:
   *
   * The coach report, as JSON text.
   */
  properties[PROP_REPORT] =
    g_param_spec_string ("report", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalPractice:mode:
   *
   * How it was practised, e.g. `answer` or `think-aloud`.
   */
  properties[PROP_MODE] =
    g_param_spec_string ("mode", NULL, NULL,
                         "answer",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalPractice:created:
   *
   * When it was first stored, in seconds since 1970 (UTC); 0 before.
   */
  properties[PROP_CREATED] =
    g_param_spec_int64 ("created", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalPractice:dirty:
   *
   * Whether a property changed since the object was last loaded or stored.
   */
  properties[PROP_DIRTY] =
    g_param_spec_boolean ("dirty", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cal_practice_init (CalPractice *self)
{
  self->question_text = g_strdup ("");
  self->audio_path = g_strdup ("");
  self->transcript = g_strdup ("");
  self->report = g_strdup ("");
  self->mode = g_strdup ("answer");
}

/**
 * cal_practice_new:
 *
 * Returns: (transfer full): a new, not yet stored #CalPractice
 */
CalPractice *
cal_practice_new (void)
{
  return g_object_new (CAL_TYPE_PRACTICE, NULL);
}

/**
 * cal_practice_get_id:
 * @self: a #CalPractice
 *
 * Returns: the #CalPractice:id property
 */
gint64
cal_practice_get_id (CalPractice *self)
{
  g_return_val_if_fail (CAL_IS_PRACTICE (self), 0);

  return self->id;
}

/**
 * cal_practice_set_id:
 * @self: a #CalPractice
 * @id: the new value
 *
 * This is the store's bookkeeping: it does not make the object dirty.
 *
 * Sets the #CalPractice:id property.
 */
void
cal_practice_set_id (CalPractice *self,
                     gint64 id)
{
  g_return_if_fail (CAL_IS_PRACTICE (self));

  g_return_if_fail (id >= 0);

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

/**
 * cal_practice_get_question_id:
 * @self: a #CalPractice
 *
 * Returns: the #CalPractice:question-id property
 */
gint64
cal_practice_get_question_id (CalPractice *self)
{
  g_return_val_if_fail (CAL_IS_PRACTICE (self), 0);

  return self->question_id;
}

/**
 * cal_practice_set_question_id:
 * @self: a #CalPractice
 * @question_id: the new value
 *
 * Sets the #CalPractice:question-id property.
 */
void
cal_practice_set_question_id (CalPractice *self,
                              gint64 question_id)
{
  g_return_if_fail (CAL_IS_PRACTICE (self));

  g_return_if_fail (question_id >= 0);

  if (self->question_id == question_id)
    return;

  self->question_id = question_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUESTION_ID]);
  cal_practice_mark_dirty (self);
}

/**
 * cal_practice_get_question_text:
 * @self: a #CalPractice
 *
 * Returns: (transfer none) the #CalPractice:question-text property, never %NULL
 */
const char *
cal_practice_get_question_text (CalPractice *self)
{
  g_return_val_if_fail (CAL_IS_PRACTICE (self), NULL);

  return self->question_text;
}

/**
 * cal_practice_set_question_text:
 * @self: a #CalPractice
 * @question_text: (nullable) the new value; %NULL is stored as ""
 *
 * Sets the #CalPractice:question-text property.
 */
void
cal_practice_set_question_text (CalPractice *self,
                                const char *question_text)
{
  g_return_if_fail (CAL_IS_PRACTICE (self));

  if (g_strcmp0 (self->question_text, question_text != NULL ? question_text : "") == 0)
    return;

  g_free (self->question_text);
  self->question_text = g_strdup (question_text != NULL ? question_text : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUESTION_TEXT]);
  cal_practice_mark_dirty (self);
}

/**
 * cal_practice_get_story_id:
 * @self: a #CalPractice
 *
 * Returns: the #CalPractice:story-id property
 */
gint64
cal_practice_get_story_id (CalPractice *self)
{
  g_return_val_if_fail (CAL_IS_PRACTICE (self), 0);

  return self->story_id;
}

/**
 * cal_practice_set_story_id:
 * @self: a #CalPractice
 * @story_id: the new value
 *
 * Sets the #CalPractice:story-id property.
 */
void
cal_practice_set_story_id (CalPractice *self,
                           gint64 story_id)
{
  g_return_if_fail (CAL_IS_PRACTICE (self));

  g_return_if_fail (story_id >= 0);

  if (self->story_id == story_id)
    return;

  self->story_id = story_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORY_ID]);
  cal_practice_mark_dirty (self);
}

/**
 * cal_practice_get_job_id:
 * @self: a #CalPractice
 *
 * Returns: the #CalPractice:job-id property
 */
gint64
cal_practice_get_job_id (CalPractice *self)
{
  g_return_val_if_fail (CAL_IS_PRACTICE (self), 0);

  return self->job_id;
}

/**
 * cal_practice_set_job_id:
 * @self: a #CalPractice
 * @job_id: the new value
 *
 * Sets the #CalPractice:job-id property.
 */
void
cal_practice_set_job_id (CalPractice *self,
                         gint64 job_id)
{
  g_return_if_fail (CAL_IS_PRACTICE (self));

  g_return_if_fail (job_id >= 0);

  if (self->job_id == job_id)
    return;

  self->job_id = job_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_JOB_ID]);
  cal_practice_mark_dirty (self);
}

/**
 * cal_practice_get_audio_path:
 * @self: a #CalPractice
 *
 * Returns: (transfer none) the #CalPractice:audio-path property, never %NULL
 */
const char *
cal_practice_get_audio_path (CalPractice *self)
{
  g_return_val_if_fail (CAL_IS_PRACTICE (self), NULL);

  return self->audio_path;
}

/**
 * cal_practice_set_audio_path:
 * @self: a #CalPractice
 * @audio_path: (nullable) the new value; %NULL is stored as ""
 *
 * Sets the #CalPractice:audio-path property.
 */
void
cal_practice_set_audio_path (CalPractice *self,
                             const char *audio_path)
{
  g_return_if_fail (CAL_IS_PRACTICE (self));

  if (g_strcmp0 (self->audio_path, audio_path != NULL ? audio_path : "") == 0)
    return;

  g_free (self->audio_path);
  self->audio_path = g_strdup (audio_path != NULL ? audio_path : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUDIO_PATH]);
  cal_practice_mark_dirty (self);
}

/**
 * cal_practice_get_duration:
 * @self: a #CalPractice
 *
 * Returns: the #CalPractice:duration property
 */
double
cal_practice_get_duration (CalPractice *self)
{
  g_return_val_if_fail (CAL_IS_PRACTICE (self), 0);

  return self->duration;
}

/**
 * cal_practice_set_duration:
 * @self: a #CalPractice
 * @duration: the new value
 *
 * Sets the #CalPractice:duration property.
 */
void
cal_practice_set_duration (CalPractice *self,
                           double duration)
{
  g_return_if_fail (CAL_IS_PRACTICE (self));

  g_return_if_fail (duration >= 0);

  if (self->duration == duration)
    return;

  self->duration = duration;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DURATION]);
  cal_practice_mark_dirty (self);
}

/**
 * cal_practice_get_transcript:
 * @self: a #CalPractice
 *
 * Returns: (transfer none) the #CalPractice:transcript property, never %NULL
 */
const char *
cal_practice_get_transcript (CalPractice *self)
{
  g_return_val_if_fail (CAL_IS_PRACTICE (self), NULL);

  return self->transcript;
}

/**
 * cal_practice_set_transcript:
 * @self: a #CalPractice
 * @transcript: (nullable) the new value; %NULL is stored as ""
 *
 * Sets the #CalPractice:transcript property.
 */
void
cal_practice_set_transcript (CalPractice *self,
                             const char *transcript)
{
  g_return_if_fail (CAL_IS_PRACTICE (self));

  if (g_strcmp0 (self->transcript, transcript != NULL ? transcript : "") == 0)
    return;

  g_free (self->transcript);
  self->transcript = g_strdup (transcript != NULL ? transcript : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRANSCRIPT]);
  cal_practice_mark_dirty (self);
}

/**
 * cal_practice_get_report:
 * @self: a #CalPractice
 *
 * Returns: (transfer none) the #CalPractice:report property, never %NULL
 */
const char *
cal_practice_get_report (CalPractice *self)
{
  g_return_val_if_fail (CAL_IS_PRACTICE (self), NULL);

  return self->report;
}

/**
 * cal_practice_set_report:
 * @self: a #CalPractice
 * @report: (nullable) the new value; %NULL is stored as ""
 *
 * Sets the #CalPractice:report property.
 */
void
cal_practice_set_report (CalPractice *self,
                         const char *report)
{
  g_return_if_fail (CAL_IS_PRACTICE (self));

  if (g_strcmp0 (self->report, report != NULL ? report : "") == 0)
    return;

  g_free (self->report);
  self->report = g_strdup (report != NULL ? report : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REPORT]);
  cal_practice_mark_dirty (self);
}

/**
 * cal_practice_get_mode:
 * @self: a #CalPractice
 *
 * Returns: (transfer none) the #CalPractice:mode property, never %NULL
 */
const char *
cal_practice_get_mode (CalPractice *self)
{
  g_return_val_if_fail (CAL_IS_PRACTICE (self), NULL);

  return self->mode;
}

/**
 * cal_practice_set_mode:
 * @self: a #CalPractice
 * @mode: (nullable) the new value; %NULL is stored as ""
 *
 * Sets the #CalPractice:mode property.
 */
void
cal_practice_set_mode (CalPractice *self,
                       const char *mode)
{
  g_return_if_fail (CAL_IS_PRACTICE (self));

  if (g_strcmp0 (self->mode, mode != NULL ? mode : "") == 0)
    return;

  g_free (self->mode);
  self->mode = g_strdup (mode != NULL ? mode : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODE]);
  cal_practice_mark_dirty (self);
}

/**
 * cal_practice_get_created:
 * @self: a #CalPractice
 *
 * Returns: the #CalPractice:created property
 */
gint64
cal_practice_get_created (CalPractice *self)
{
  g_return_val_if_fail (CAL_IS_PRACTICE (self), 0);

  return self->created;
}

/**
 * cal_practice_set_created:
 * @self: a #CalPractice
 * @created: the new value
 *
 * This is the store's bookkeeping: it does not make the object dirty.
 *
 * Sets the #CalPractice:created property.
 */
void
cal_practice_set_created (CalPractice *self,
                          gint64 created)
{
  g_return_if_fail (CAL_IS_PRACTICE (self));

  g_return_if_fail (created >= 0);

  if (self->created == created)
    return;

  self->created = created;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED]);
}

/**
 * cal_practice_get_dirty:
 * @self: a #CalPractice
 *
 * Returns: the #CalPractice:dirty property
 */
gboolean
cal_practice_get_dirty (CalPractice *self)
{
  g_return_val_if_fail (CAL_IS_PRACTICE (self), FALSE);

  return self->dirty;
}

/**
 * cal_practice_set_dirty:
 * @self: a #CalPractice
 * @dirty: the new value
 *
 * This is the store's bookkeeping: it does not make the object dirty.
 *
 * Sets the #CalPractice:dirty property.
 */
void
cal_practice_set_dirty (CalPractice *self,
                        gboolean dirty)
{
  g_return_if_fail (CAL_IS_PRACTICE (self));

  dirty = !!dirty;
  if (self->dirty == dirty)
    return;

  self->dirty = dirty;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRTY]);
}
