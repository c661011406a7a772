/* cal-question.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-store"

#include "config.h"

#include "cal-question.h"

/**
 * CalQuestion:
 *
 * An interview question: from the bank, predicted for a job, or written by
 * the user.
 *
 * Every setter notifies only on a real change and then sets
 * #CalQuestion:dirty, which is what the autosave looks for. The store clears
 * it after loading or writing the object; #CalQuestion:id and the time stamps
 * are the store's bookkeeping and do not make the object dirty.
 */

struct _CalQuestion
{
  GObject parent_instance;

  gint64    id;
  char     *text;
  char     *source;
  gint64    job_id;
  char     *round;
  char     *competency;
  char     *why;
  gint64    created;
  gboolean  dirty;
};

G_DEFINE_FINAL_TYPE (CalQuestion, cal_question, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TEXT,
  PROP_SOURCE,
  PROP_JOB_ID,
  PROP_ROUND,
  PROP_COMPETENCY,
  PROP_WHY,
  PROP_CREATED,
  PROP_DIRTY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cal_question_mark_dirty (CalQuestion *self)
{
  if (self->dirty)
    return;

  self->dirty = TRUE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRTY]);
}

static void
cal_question_finalize (GObject *object)
{
  CalQuestion *self = (CalQuestion *) object;

  g_free (self->text);
  g_free (self->source);
  g_free (self->round);
  g_free (self->competency);
  g_free (self->why);

  G_OBJECT_CLASS (cal_question_parent_class)->finalize (object);
}

static void
cal_question_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  CalQuestion *self = CAL_QUESTION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case PROP_SOURCE:
      g_value_set_string (value, self->source);
      break;

    case PROP_JOB_ID:
      g_value_set_int64 (value, self->job_id);
      break;

    case PROP_ROUND:
      g_value_set_string (value, self->round);
      break;

    case PROP_COMPETENCY:
      g_value_set_string (value, self->competency);
      break;

    case PROP_WHY:
      g_value_set_string (value, self->why);
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
cal_question_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  CalQuestion *self = CAL_QUESTION (object);

  switch (prop_id)
    {
    case PROP_ID:
      cal_question_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_TEXT:
      cal_question_set_text (self, g_value_get_string (value));
      break;

    case PROP_SOURCE:
      cal_question_set_source (self, g_value_get_string (value));
      break;

    case PROP_JOB_ID:
      cal_question_set_job_id (self, g_value_get_int64 (value));
      break;

    case PROP_ROUND:
      cal_question_set_round (self, g_value_get_string (value));
      break;

    case PROP_COMPETENCY:
      cal_question_set_competency (self, g_value_get_string (value));
      break;

    case PROP_WHY:
      cal_question_set_why (self, g_value_get_string (value));
      break;

    case PROP_CREATED:
      cal_question_set_created (self, g_value_get_int64 (value));
      break;

    case PROP_DIRTY:
      cal_question_set_dirty (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cal_question_class_init (CalQuestionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cal_question_finalize;
  object_class->get_property = cal_question_get_property;
  object_class->set_property = cal_question_set_property;

  /**
   * CalQuestion:id:
   *
   * The row id in the database, 0 while the object has never been stored.
   */
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalQuestion:text:
   *
   * The question.
   */
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalQuestion:source:
   *
   * `bank`, `predicted` or `own`.
   */
  properties[PROP_SOURCE] =
    g_param_spec_string ("source", NULL, NULL,
                         "own",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalQuestion:job-id:
   *
   * The #CalJob a predicted question is for, 0 for none.
   */
  properties[PROP_JOB_ID] =
    g_param_spec_int64 ("job-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalQuestion:round:
   *
   * The round kind it is asked in.
   */
  properties[PROP_ROUND] =
    g_param_spec_string ("round", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalQuestion:competency:
   *
   * The competency it probes.
   */
  properties[PROP_COMPETENCY] =
    g_param_spec_string ("competency", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalQuestion:why:
   *
   * Why it was predicted: the description sentence or catalog rule behind it.
   */
  properties[PROP_WHY] =
    g_param_spec_string ("why", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalQuestion:created:
   *
   * When it was first stored, in seconds since 1970 (UTC); 0 before.
   */
  properties[PROP_CREATED] =
    g_param_spec_int64 ("created", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalQuestion:dirty:
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
cal_question_init (CalQuestion *self)
{
  self->text = g_strdup ("");
  self->source = g_strdup ("own");
  self->round = g_strdup ("");
  self->competency = g_strdup ("");
  self->why = g_strdup ("");
}

/**
 * cal_question_new:
 *
 * Returns: (transfer full): a new, not yet stored #CalQuestion
 */
CalQuestion *
cal_question_new (void)
{
  return g_object_new (CAL_TYPE_QUESTION, NULL);
}

/**
 * cal_question_get_id:
 * @self: a #CalQuestion
 *
 * Returns: the #CalQuestion:id property
 */
gint64
cal_question_get_id (CalQuestion *self)
{
  g_return_val_if_fail (CAL_IS_QUESTION (self), 0);

  return self->id;
}

/**
 * cal_question_set_id:
 * @self: a #CalQuestion
 * @id: the new value
 *
 * This is the store's bookkeeping: it does not make the object dirty.
 *
 * Sets the #CalQuestion:id property.
 */
void
cal_question_set_id (CalQuestion *self,
                     gint64 id)
{
  g_return_if_fail (CAL_IS_QUESTION (self));

  g_return_if_fail (id >= 0);

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

/**
 * cal_question_get_text:
 * @self: a #CalQuestion
 *
 * Returns: (transfer none) the #CalQuestion:text property, never %NULL
 */
const char *
cal_question_get_text (CalQuestion *self)
{
  g_return_val_if_fail (CAL_IS_QUESTION (self), NULL);

  return self->text;
}

/**
 * cal_question_set_text:
 * @self: a #CalQuestion
 * @text: (nullable) the new value; %NULL is stored as ""
 *
 * Sets the #CalQuestion:text property.
 */
void
cal_question_set_text (CalQuestion *self,
                       const char *text)
{
  g_return_if_fail (CAL_IS_QUESTION (self));

  if (g_strcmp0 (self->text, text != NULL ? text : "") == 0)
    return;

  g_free (self->text);
  self->text = g_strdup (text != NULL ? text : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
  cal_question_mark_dirty (self);
}

/**
 * cal_question_get_source:
 * @self: a #CalQuestion
 *
 * Returns: (transfer none) the #CalQuestion:source property, never %NULL
 */
const char *
cal_question_get_source (CalQuestion *self)
{
  g_return_val_if_fail (CAL_IS_QUESTION (self), NULL);

  return self->source;
}

/**
 * cal_question_set_source:
 * @self: a #CalQuestion
 * @source: (nullable) the new value; %NULL is stored as ""
 *
 * Sets the #CalQuestion:source property.
 */
void
cal_question_set_source (CalQuestion *self,
                         const char *source)
{
  g_return_if_fail (CAL_IS_QUESTION (self));

  if (g_strcmp0 (self->source, source != NULL ? source : "") == 0)
    return;

  g_free (self->source);
  self->source = g_strdup (source != NULL ? source : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE]);
  cal_question_mark_dirty (self);
}

/**
 * cal_question_get_job_id:
 * @self: a #CalQuestion
 *
 * Returns: the #CalQuestion:job-id property
 */
gint64
cal_question_get_job_id (CalQuestion *self)
{
  g_return_val_if_fail (CAL_IS_QUESTION (self), 0);

  return self->job_id;
}

/**
 * cal_question_set_job_id:
 * @self: a #CalQuestion
 * @job_id: the new value
 *
 * Sets the #CalQuestion:job-id property.
 */
void
cal_question_set_job_id (CalQuestion *self,
                         gint64 job_id)
{
  g_return_if_fail (CAL_IS_QUESTION (self));

  g_return_if_fail (job_id >= 0);

  if (self->job_id == job_id)
    return;

  self->job_id = job_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_JOB_ID]);
  cal_question_mark_dirty (self);
}

/**
 * cal_question_get_round:
 * @self: a #CalQuestion
 *
 * Returns: (transfer none) the #CalQuestion:round property, never %NULL
 */
const char *
cal_question_get_round (CalQuestion *self)
{
  g_return_val_if_fail (CAL_IS_QUESTION (self), NULL);

  return self->round;
}

/**
 * cal_question_set_round:
 * @self: a #CalQuestion
 * @round: (nullable) the new value; %NULL is stored as ""
 *
 * Sets the #CalQuestion:round property.
 */
void
cal_question_set_round (CalQuestion *self,
                        const char *round)
{
  g_return_if_fail (CAL_IS_QUESTION (self));

  if (g_strcmp0 (self->round, round != NULL ? round : "") == 0)
    return;

  g_free (self->round);
  self->round = g_strdup (round != NULL ? round : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROUND]);
  cal_question_mark_dirty (self);
}

/**
 * cal_question_get_competency:
 * @self: a #CalQuestion
 *
 * Returns: (transfer none) the #CalQuestion:competency property, never %NULL
 */
const char *
cal_question_get_competency (CalQuestion *self)
{
  g_return_val_if_fail (CAL_IS_QUESTION (self), NULL);

  return self->competency;
}

/**
 * cal_question_set_competency:
 * @self: a #CalQuestion
 * @competency: (nullable) the new value; %NULL is stored as ""
 *
 * Sets the #CalQuestion:competency property.
 */
void
cal_question_set_competency (CalQuestion *self,
                             const char *competency)
{
  g_return_if_fail (CAL_IS_QUESTION (self));

  if (g_strcmp0 (self->competency, competency != NULL ? competency : "") == 0)
    return;

  g_free (self->competency);
  self->competency = g_strdup (competency != NULL ? competency : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPETENCY]);
  cal_question_mark_dirty (self);
}

/**
 * cal_question_get_why:
 * @self: a #CalQuestion
 *
 * Returns: (transfer none) the #CalQuestion:why property, never %NULL
 */
const char *
cal_question_get_why (CalQuestion *self)
{
  g_return_val_if_fail (CAL_IS_QUESTION (self), NULL);

  return self->why;
}

/**
 * cal_question_set_why:
 * @self: a #CalQuestion
 * @why: (nullable) the new value; %NULL is stored as ""
 *
 * Sets the #CalQuestion:why property.
 */
void
cal_question_set_why (CalQuestion *self,
                      const char *why)
{
  g_return_if_fail (CAL_IS_QUESTION (self));

  if (g_strcmp0 (self->why, why != NULL ? why : "") == 0)
    return;

  g_free (self->why);
  self->why = g_strdup (why != NULL ? why : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WHY]);
  cal_question_mark_dirty (self);
}

/**
 * cal_question_get_created:
 * @self: a #CalQuestion
 *
 * Returns: the #CalQuestion:created property
 */
gint64
cal_question_get_created (CalQuestion *self)
{
  g_return_val_if_fail (CAL_IS_QUESTION (self), 0);

  return self->created;
}

/**
 * cal_question_set_created:
 * @self: a #CalQuestion
 * @created: the new value
 *
 * This is the store's bookkeeping: it does not make the object dirty.
 *
 * Sets the #CalQuestion:created property.
 */
void
cal_question_set_created (CalQuestion *self,
                          gint64 created)
{
  g_return_if_fail (CAL_IS_QUESTION (self));

  g_return_if_fail (created >= 0);

  if (self->created == created)
    return;

  self->created = created;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED]);
}

/**
 * cal_question_get_dirty:
 * @self: a #CalQuestion
 *
 * Returns: the #CalQuestion:dirty property
 */
gboolean
cal_question_get_dirty (CalQuestion *self)
{
  g_return_val_if_fail (CAL_IS_QUESTION (self), FALSE);

  return self->dirty;
}

/**
 * cal_question_set_dirty:
 * @self: a #CalQuestion
 * @dirty: the new value
 *
 * This is the store's bookkeeping: it does not make the object dirty.
 *
 * Sets the #CalQuestion:dirty property.
 */
void
cal_question_set_dirty (CalQuestion *self,
                        gboolean dirty)
{
  g_return_if_fail (CAL_IS_QUESTION (self));

  dirty = !!dirty;
  if (self->dirty == dirty)
    return;

  self->dirty = dirty;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRTY]);
}
