/* cal-process.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-store"

#include "config.h"

#include "cal-process.h"

/**
 * CalProcess:
 *
 * One hiring process the user runs for a job: its stage, next step and
 * recruiter.
 *
 * Every setter notifies only on a real change and then sets
 * #CalProcess:dirty, which is what the autosave looks for. The store clears
 * it after loading or writing the object; #CalProcess:id and the time stamps
 * are the store's bookkeeping and do not make the object dirty.
 */

struct _CalProcess
{
  GObject parent_instance;

  gint64    id;
  gint64    job_id;
  char     *stage;
  char     *outcome;
  char     *started_on;
  char     *ended_on;
  char     *last_activity_on;
  char     *next_step;
  char     *next_step_due;
  char     *recruiter_name;
  char     *recruiter_email;
  char     *source;
  char     *notes;
  gint64    created;
  gint64    updated;
  gboolean  dirty;
};

G_DEFINE_FINAL_TYPE (CalProcess, cal_process, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_JOB_ID,
  PROP_STAGE,
  PROP_OUTCOME,
  PROP_STARTED_ON,
  PROP_ENDED_ON,
  PROP_LAST_ACTIVITY_ON,
  PROP_NEXT_STEP,
  PROP_NEXT_STEP_DUE,
  PROP_RECRUITER_NAME,
  PROP_RECRUITER_EMAIL,
  PROP_SOURCE,
  PROP_NOTES,
  PROP_CREATED,
  PROP_UPDATED,
  PROP_DIRTY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cal_process_mark_dirty (CalProcess *self)
{
  if (self->dirty)
    return;

  self->dirty = TRUE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRTY]);
}

static void
cal_process_finalize (GObject *object)
{
  CalProcess *self = (CalProcess *) object;

  g_free (self->stage);
  g_free (self->outcome);
  g_free (self->started_on);
  g_free (self->ended_on);
  g_free (self->last_activity_on);
  g_free (self->next_step);
  g_free (self->next_step_due);
  g_free (self->recruiter_name);
  g_free (self->recruiter_email);
  g_free (self->source);
  g_free (self->notes);

  G_OBJECT_CLASS (cal_process_parent_class)->finalize (object);
}

static void
cal_process_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  CalProcess *self = CAL_PROCESS (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_JOB_ID:
      g_value_set_int64 (value, self->job_id);
      break;

    case PROP_STAGE:
      g_value_set_string (value, self->stage);
      break;

    case PROP_OUTCOME:
      g_value_set_string (value, self->outcome);
      break;

    case PROP_STARTED_ON:
      g_value_set_string (value, self->started_on);
      break;

    case PROP_ENDED_ON:
      g_value_set_string (value, self->ended_on);
      break;

    case PROP_LAST_ACTIVITY_ON:
      g_value_set_string (value, self->last_activity_on);
      break;

    case PROP_NEXT_STEP:
      g_value_set_string (value, self->next_step);
      break;

    case PROP_NEXT_STEP_DUE:
      g_value_set_string (value, self->next_step_due);
      break;

    case PROP_RECRUITER_NAME:
      g_value_set_string (value, self->recruiter_name);
      break;

    case PROP_RECRUITER_EMAIL:
      g_value_set_string (value, self->recruiter_email);
      break;

    case PROP_SOURCE:
      g_value_set_string (value, self->source);
      break;

    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;

    case PROP_CREATED:
      g_value_set_int64 (value, self->created);
      break;

    case PROP_UPDATED:
      g_value_set_int64 (value, self->updated);
      break;

    case PROP_DIRTY:
      g_value_set_boolean (value, self->dirty);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cal_process_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  CalProcess *self = CAL_PROCESS (object);

  switch (prop_id)
    {
    case PROP_ID:
      cal_process_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_JOB_ID:
      cal_process_set_job_id (self, g_value_get_int64 (value));
      break;

    case PROP_STAGE:
      cal_process_set_stage (self, g_value_get_string (value));
      break;

    case PROP_OUTCOME:
      cal_process_set_outcome (self, g_value_get_string (value));
      break;

    case PROP_STARTED_ON:
      cal_process_set_started_on (self, g_value_get_string (value));
      break;

    case PROP_ENDED_ON:
      cal_process_set_ended_on (self, g_value_get_string (value));
      break;

    case PROP_LAST_ACTIVITY_ON:
      cal_process_set_last_activity_on (self, g_value_get_string (value));
      break;

    case PROP_NEXT_STEP:
      cal_process_set_next_step (self, g_value_get_string (value));
      break;

    case PROP_NEXT_STEP_DUE:
      cal_process_set_next_step_due (self, g_value_get_string (value));
      break;

    case PROP_RECRUITER_NAME:
      cal_process_set_recruiter_name (self, g_value_get_string (value));
      break;

    case PROP_RECRUITER_EMAIL:
      cal_process_set_recruiter_email (self, g_value_get_string (value));
      break;

    case PROP_SOURCE:
      cal_process_set_source (self, g_value_get_string (value));
      break;

    case PROP_NOTES:
      cal_process_set_notes (self, g_value_get_string (value));
      break;

    case PROP_CREATED:
      cal_process_set_created (self, g_value_get_int64 (value));
      break;

    case PROP_UPDATED:
      cal_process_set_updated (self, g_value_get_int64 (value));
      break;

    case PROP_DIRTY:
      cal_process_set_dirty (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cal_process_class_init (CalProcessClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cal_process_finalize;
  object_class->get_property = cal_process_get_property;
  object_class->set_property = cal_process_set_property;

  /**
   * CalProcess:id:
   *
   * The row id in the database, 0 while the object has never been stored.
   */
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalProcess:job-id:
   *
   * The #CalJob this process is for, 0 for none.
   */
  properties[PROP_JOB_ID] =
    g_param_spec_int64 ("job-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalProcess:stage:
   *
   * The current stage, e.g. `applied`, `screen`, `onsite`, `offer`.
   */
  properties[PROP_STAGE] =
    g_param_spec_string ("stage", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalProcess:outcome:
   *
   * How it ended (`rejected`, `withdrawn`, `ghosted`, `accepted`, …), empty while it runs.
   */
  properties[PROP_OUTCOME] =
    g_param_spec_string ("outcome", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalProcess:started-on:
   *
   * The day it started, as `YYYY-MM-DD`, or empty.
   */
  properties[PROP_STARTED_ON] =
    g_param_spec_string ("started-on", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalProcess:ended-on:
   *
   * The day it ended, as `YYYY-MM-DD`, or empty.
   */
  properties[PROP_ENDED_ON] =
    g_param_spec_string ("ended-on", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalProcess:last-activity-on:
   *
   * The day of the last contact, as `YYYY-MM-DD`, or empty.
   */
  properties[PROP_LAST_ACTIVITY_ON] =
    g_param_spec_string ("last-activity-on", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalProcess:next-step:
   *
   * What happens next.
   */
  properties[PROP_NEXT_STEP] =
    g_param_spec_string ("next-step", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalProcess:next-step-due:
   *
   * When the next step is due, as `YYYY-MM-DD`, or empty.
   */
  properties[PROP_NEXT_STEP_DUE] =
    g_param_spec_string ("next-step-due", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalProcess:recruiter-name:
   *
   * The recruiter's name.
   */
  properties[PROP_RECRUITER_NAME] =
    g_param_spec_string ("recruiter-name", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalProcess:recruiter-email:
   *
   * The recruiter's email address.
   */
  properties[PROP_RECRUITER_EMAIL] =
    g_param_spec_string ("recruiter-email", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalProcess:source:
   *
   * Where the lead came from (referral, job board, …).
   */
  properties[PROP_SOURCE] =
    g_param_spec_string ("source", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalProcess:notes:
   *
   * Free notes.
   */
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalProcess:created:
   *
   * When it was first stored, in seconds since 1970 (UTC); 0 before.
   */
  properties[PROP_CREATED] =
    g_param_spec_int64 ("created", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalProcess:updated:
   *
   * When it was last stored, in seconds since 1970 (UTC); 0 before.
   */
  properties[PROP_UPDATED] =
    g_param_spec_int64 ("updated", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalProcess:dirty:
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
cal_process_init (CalProcess *self)
{
  self->stage = g_strdup ("");
  self->outcome = g_strdup ("");
  self->started_on = g_strdup ("");
  self->ended_on = g_strdup ("");
  self->last_activity_on = g_strdup ("");
  self->next_step = g_strdup ("");
  self->next_step_due = g_strdup ("");
  self->recruiter_name = g_strdup ("");
  self->recruiter_email = g_strdup ("");
  self->source = g_strdup ("");
  self->notes = g_strdup ("");
}

/**
 * cal_process_new:
 *
 * Returns: (transfer full): a new, not yet stored #CalProcess
 */
CalProcess *
cal_process_new (void)
{
  return g_object_new (CAL_TYPE_PROCESS, NULL);
}

/**
 * cal_process_get_id:
 * @self: a #CalProcess
 *
 * Returns: the #CalProcess:id property
 */
gint64
cal_process_get_id (CalProcess *self)
{
  g_return_val_if_fail (CAL_IS_PROCESS (self), 0);

  return self->id;
}

/**
 * cal_process_set_id:
 * @self: a #CalProcess
 * @id: the new value
 *
 * This is the store's bookkeeping: it does not make the object dirty.
 *
 * Sets the #CalProcess:id property.
 */
void
cal_process_set_id (CalProcess *self,
                    gint64 id)
{
  g_return_if_fail (CAL_IS_PROCESS (self));

  g_return_if_fail (id >= 0);

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

/**
 * cal_process_get_job_id:
 * @self: a #CalProcess
 *
 * Returns: the #CalProcess:job-id property
 */
gint64
cal_process_get_job_id (CalProcess *self)
{
  g_return_val_if_fail (CAL_IS_PROCESS (self), 0);

  return self->job_id;
}

/**
 * cal_process_set_job_id:
 * @self: a #CalProcess
 * @job_id: the new value
 *
 * Sets the #CalProcess:job-id property.
 */
void
cal_process_set_job_id (CalProcess *self,
                        gint64 job_id)
{
  g_return_if_fail (CAL_IS_PROCESS (self));

  g_return_if_fail (job_id >= 0);

  if (self->job_id == job_id)
    return;

  self->job_id = job_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_JOB_ID]);
  cal_process_mark_dirty (self);
}

/**
 * cal_process_get_stage:
 * @self: a #CalProcess
 *
 * Returns: (transfer none) the #CalProcess:stage property, never %NULL
 */
const char *
cal_process_get_stage (CalProcess *self)
{
  g_return_val_if_fail (CAL_IS_PROCESS (self), NULL);

  return self->stage;
}

/**
 * cal_process_set_stage:
 * @self: a #CalProcess
 * @stage: (nullable) the new value; %NULL is stored as ""
 *
 * Sets the #CalProcess:stage property.
 */
void
cal_process_set_stage (CalProcess *self,
                       const char *stage)
{
  g_return_if_fail (CAL_IS_PROCESS (self));

  if (g_strcmp0 (self->stage, stage != NULL ? stage : "") == 0)
    return;

  g_free (self->stage);
  self->stage = g_strdup (stage != NULL ? stage : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAGE]);
  cal_process_mark_dirty (self);
}

/**
 * cal_process_get_outcome:
 * @self: a #CalProcess
 *
 * Returns: (transfer none) the #CalProcess:outcome property, never %NULL
 */
const char *
cal_process_get_outcome (CalProcess *self)
{
  g_return_val_if_fail (CAL_IS_PROCESS (self), NULL);

  return self->outcome;
}

/**
 * cal_process_set_outcome:
 * @self: a #CalProcess
 * @outcome: (nullable) the new value; %NULL is stored as ""
 *
 * Sets the #CalProcess:outcome property.
 */
void
cal_process_set_outcome (CalProcess *self,
                         const char *outcome)
{
  g_return_if_fail (CAL_IS_PROCESS (self));

  if (g_strcmp0 (self->outcome, outcome != NULL ? outcome : "") == 0)
    return;

  g_free (self->outcome);
  self->outcome = g_strdup (outcome != NULL ? outcome : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OUTCOME]);
  cal_process_mark_dirty (self);
}

/**
 * cal_process_get_started_on:
 * @self: a #CalProcess
 *
 * Returns: (transfer none) the #CalProcess:started-on property, never %NULL
 */
const char *
cal_process_get_started_on (CalProcess *self)
{
  g_return_val_if_fail (CAL_IS_PROCESS (self), NULL);

  return self->started_on;
}

/**
 * cal_process_set_started_on:
 * @self: a #CalProcess
 * @started_on: (nullable) the new value; %NULL is stored as ""
 *
 * Sets the #CalProcess:started-on property.
 */
void
cal_process_set_started_on (CalProcess *self,
                            const char *started_on)
{
  g_return_if_fail (CAL_IS_PROCESS (self));

  if (g_strcmp0 (self->started_on, started_on != NULL ? started_on : "") == 0)
    return;

  g_free (self->started_on);
  self->started_on = g_strdup (started_on != NULL ? started_on : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STARTED_ON]);
  cal_process_mark_dirty (self);
}

/**
 * cal_process_get_ended_on:
 * @self: a #CalProcess
 *
 * Returns: (transfer none) the #CalProcess:ended-on property, never %NULL
 */
const char *
cal_process_get_ended_on (CalProcess *self)
{
  g_return_val_if_fail (CAL_IS_PROCESS (self), NULL);

  return self->ended_on;
}

/**
 * cal_process_set_ended_on:
 * @self: a #CalProcess
 * @ended_on: (nullable) the new value; %NULL is stored as ""
 *
 * Sets the #CalProcess:ended-on property.
 */
void
cal_process_set_ended_on (CalProcess *self,
                          const char *ended_on)
{
  g_return_if_fail (CAL_IS_PROCESS (self));

  if (g_strcmp0 (self->ended_on, ended_on != NULL ? ended_on : "") == 0)
    return;

  g_free (self->ended_on);
  self->ended_on = g_strdup (ended_on != NULL ? ended_on : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENDED_ON]);
  cal_process_mark_dirty (self);
}

/**
 * cal_process_get_last_activity_on:
 * @self: a #CalProcess
 *
 * Returns: (transfer none) the #CalProcess:last-activity-on property, never %NULL
 */
const char *
cal_process_get_last_activity_on (CalProcess *self)
{
  g_return_val_if_fail (CAL_IS_PROCESS (self), NULL);

  return self->last_activity_on;
}

/**
 * cal_process_set_last_activity_on:
 * @self: a #CalProcess
 * @last_activity_on: (nullable) the new value; %NULL is stored as ""
 *
 * Sets the #CalProcess:last-activity-on property.
 */
void
cal_process_set_last_activity_on (CalProcess *self,
                                  const char *last_activity_on)
{
  g_return_if_fail (CAL_IS_PROCESS (self));

  if (g_strcmp0 (self->last_activity_on, last_activity_on != NULL ? last_activity_on : "") == 0)
    return;

  g_free (self->last_activity_on);
  self->last_activity_on = g_strdup (last_activity_on != NULL ? last_activity_on : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAST_ACTIVITY_ON]);
  cal_process_mark_dirty (self);
}

/**
 * cal_process_get_next_step:
 * @self: a #CalProcess
 *
 * Returns: (transfer none) the #CalProcess:next-step property, never %NULL
 */
const char *
cal_process_get_next_step (CalProcess *self)
{
  g_return_val_if_fail (CAL_IS_PROCESS (self), NULL);

  return self->next_step;
}

/**
 * cal_process_set_next_step:
 * @self: a #CalProcess
 * @next_step: (nullable) the new value; %NULL is stored as ""
 *
 * Sets the #CalProcess:next-step property.
 */
void
cal_process_set_next_step (CalProcess *self,
                           const char *next_step)
{
  g_return_if_fail (CAL_IS_PROCESS (self));

  if (g_strcmp0 (self->next_step, next_step != NULL ? next_step : "") == 0)
    return;

  g_free (self->next_step);
  self->next_step = g_strdup (next_step != NULL ? next_step : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NEXT_STEP]);
  cal_process_mark_dirty (self);
}

/**
 * cal_process_get_next_step_due:
 * @self: a #CalProcess
 *
 * Returns: (transfer none) the #CalProcess:next-step-due property, never %NULL
 */
const char *
cal_process_get_next_step_due (CalProcess *self)
{
  g_return_val_if_fail (CAL_IS_PROCESS (self), NULL);

  return self->next_step_due;
}

/**
 * cal_process_set_next_step_due:
 * @self: a #CalProcess
 * @next_step_due: (nullable) the new value; %NULL is stored as ""
 *
 * Sets the #CalProcess:next-step-due property.
 */
void
cal_process_set_next_step_due (CalProcess *self,
                               const char *next_step_due)
{
  g_return_if_fail (CAL_IS_PROCESS (self));

  if (g_strcmp0 (self->next_step_due, next_step_due != NULL ? next_step_due : "") == 0)
    return;

  g_free (self->next_step_due);
  self->next_step_due = g_strdup (next_step_due != NULL ? next_step_due : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NEXT_STEP_DUE]);
  cal_process_mark_dirty (self);
}

/**
 * cal_process_get_recruiter_name:
 * @self: a #CalProcess
 *
 * Returns: (transfer none) the #CalProcess:recruiter-name property, never %NULL
 */
const char *
cal_process_get_recruiter_name (CalProcess *self)
{
  g_return_val_if_fail (CAL_IS_PROCESS (self), NULL);

  return self->recruiter_name;
}

/**
 * cal_process_set_recruiter_name:
 * @self: a #CalProcess
 * @recruiter_name: (nullable) the new value; %NULL is stored as ""
 *
 * Sets the #CalProcess:recruiter-name property.
 */
void
cal_process_set_recruiter_name (CalProcess *self,
                                const char *recruiter_name)
{
  g_return_if_fail (CAL_IS_PROCESS (self));

  if (g_strcmp0 (self->recruiter_name, recruiter_name != NULL ? recruiter_name : "") == 0)
    return;

  g_free (self->recruiter_name);
  self->recruiter_name = g_strdup (recruiter_name != NULL ? recruiter_name : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECRUITER_NAME]);
  cal_process_mark_dirty (self);
}

/**
 * cal_process_get_recruiter_email:
 * @self: a #CalProcess
 *
 * Returns: (transfer none) the #CalProcess:recruiter-email property, never %NULL
 */
const char *
cal_process_get_recruiter_email (CalProcess *self)
{
  g_return_val_if_fail (CAL_IS_PROCESS (self), NULL);

  return self->recruiter_email;
}

/**
 * cal_process_set_recruiter_email:
 * @self: a #CalProcess
 * @recruiter_email: (nullable) the new value; %NULL is stored as ""
 *
 * Sets the #CalProcess:recruiter-email property.
 */
void
cal_process_set_recruiter_email (CalProcess *self,
                                 const char *recruiter_email)
{
  g_return_if_fail (CAL_IS_PROCESS (self));

  if (g_strcmp0 (self->recruiter_email, recruiter_email != NULL ? recruiter_email : "") == 0)
    return;

  g_free (self->recruiter_email);
  self->recruiter_email = g_strdup (recruiter_email != NULL ? recruiter_email : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECRUITER_EMAIL]);
  cal_process_mark_dirty (self);
}

/**
 * cal_process_get_source:
 * @self: a #CalProcess
 *
 * Returns: (transfer none) the #CalProcess:source property, never %NULL
 */
const char *
cal_process_get_source (CalProcess *self)
{
  g_return_val_if_fail (CAL_IS_PROCESS (self), NULL);

  return self->source;
}

/**
 * cal_process_set_source:
 * @self: a #CalProcess
 * @source: (nullable) the new value; %NULL is stored as ""
 *
 * Sets the #CalProcess:source property.
 */
void
cal_process_set_source (CalProcess *self,
                        const char *source)
{
  g_return_if_fail (CAL_IS_PROCESS (self));

  if (g_strcmp0 (self->source, source != NULL ? source : "") == 0)
    return;

  g_free (self->source);
  self->source = g_strdup (source != NULL ? source : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE]);
  cal_process_mark_dirty (self);
}

/**
 * cal_process_get_notes:
 * @self: a #CalProcess
 *
 * Returns: (transfer none) the #CalProcess:notes property, never %NULL
 */
const char *
cal_process_get_notes (CalProcess *self)
{
  g_return_val_if_fail (CAL_IS_PROCESS (self), NULL);

  return self->notes;
}

/**
 * cal_process_set_notes:
 * @self: a #CalProcess
 * @notes: (nullable) the new value; %NULL is stored as ""
 *
 * Sets the #CalProcess:notes property.
 */
void
cal_process_set_notes (CalProcess *self,
                       const char *notes)
{
  g_return_if_fail (CAL_IS_PROCESS (self));

  if (g_strcmp0 (self->notes, notes != NULL ? notes : "") == 0)
    return;

  g_free (self->notes);
  self->notes = g_strdup (notes != NULL ? notes : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
  cal_process_mark_dirty (self);
}

/**
 * cal_process_get_created:
 * @self: a #CalProcess
 *
 * Returns: the #CalProcess:created property
 */
gint64
cal_process_get_created (CalProcess *self)
{
  g_return_val_if_fail (CAL_IS_PROCESS (self), 0);

  return self->created;
}

/**
 * cal_process_set_created:
 * @self: a #CalProcess
 * @created: the new value
 *
 * This is the store's bookkeeping: it does not make the object dirty.
 *
 * Sets the #CalProcess:created property.
 */
void
cal_process_set_created (CalProcess *self,
                         gint64 created)
{
  g_return_if_fail (CAL_IS_PROCESS (self));

  g_return_if_fail (created >= 0);

  if (self->created == created)
    return;

  self->created = created;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED]);
}

/**
 * cal_process_get_updated:
 * @self: a #CalProcess
 *
 * Returns: the #CalProcess:updated property
 */
gint64
cal_process_get_updated (CalProcess *self)
{
  g_return_val_if_fail (CAL_IS_PROCESS (self), 0);

  return self->updated;
}

/**
 * cal_process_set_updated:
 * @self: a #CalProcess
 * @updated: the new value
 *
 * This is the store's bookkeeping: it does not make the object dirty.
 *
 * Sets the #CalProcess:updated property.
 */
void
cal_process_set_updated (CalProcess *self,
                         gint64 updated)
{
  g_return_if_fail (CAL_IS_PROCESS (self));

  g_return_if_fail (updated >= 0);

  if (self->updated == updated)
    return;

  self->updated = updated;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UPDATED]);
}

/**
 * cal_process_get_dirty:
 * @self: a #CalProcess
 *
 * Returns: the #CalProcess:dirty property
 */
gboolean
cal_process_get_dirty (CalProcess *self)
{
  g_return_val_if_fail (CAL_IS_PROCESS (self), FALSE);

  return self->dirty;
}

/**
 * cal_process_set_dirty:
 * @self: a #CalProcess
 * @dirty: the new value
 *
 * This is the store's bookkeeping: it does not make the object dirty.
 *
 * Sets the #CalProcess:dirty property.
 */
void
cal_process_set_dirty (CalProcess *self,
                       gboolean dirty)
{
  g_return_if_fail (CAL_IS_PROCESS (self));

  dirty = !!dirty;
  if (self->dirty == dirty)
    return;

  self->dirty = dirty;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRTY]);
}
