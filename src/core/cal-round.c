/* cal-round.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-store"

#include "config.h"

#include "cal-round.h"

/**
 * CalRound:
 *
 * One interview round of a loop, attached to a #CalProcess or, before one
 * exists, to a #CalJob.
 *
 * Every setter notifies only on a real change and then sets
 * #CalRound:dirty, which is what the autosave looks for. The store clears
 * it after loading or writing the object; #CalRound:id and the time stamps
 * are the store's bookkeeping and do not make the object dirty.
 */

struct _CalRound
{
  GObject parent_instance;

  gint64    id;
  gint64    process_id;
  gint64    job_id;
  int       position;
  char     *kind;
  char     *title;
  char     *status;
  char     *date;
  char     *notes;
  gint64    created;
  gint64    updated;
  gboolean  dirty;
};

G_DEFINE_FINAL_TYPE (CalRound, cal_round, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_PROCESS_ID,
  PROP_JOB_ID,
  PROP_POSITION,
  PROP_KIND,
  PROP_TITLE,
  PROP_STATUS,
  PROP_DATE,
  PROP_NOTES,
  PROP_CREATED,
  PROP_UPDATED,
  PROP_DIRTY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cal_round_mark_dirty (CalRound *self)
{
  if (self->dirty)
    return;

  self->dirty = TRUE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRTY]);
}

static void
cal_round_finalize (GObject *object)
{
  CalRound *self = (CalRound *) object;

  g_free (self->kind);
  g_free (self->title);
  g_free (self->status);
  g_free (self->date);
  g_free (self->notes);

  G_OBJECT_CLASS (cal_round_parent_class)->finalize (object);
}

static void
cal_round_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  CalRound *self = CAL_ROUND (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_PROCESS_ID:
      g_value_set_int64 (value, self->process_id);
      break;

    case PROP_JOB_ID:
      g_value_set_int64 (value, self->job_id);
      break;

    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;

    case PROP_KIND:
      g_value_set_string (value, self->kind);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_STATUS:
      g_value_set_string (value, self->status);
      break;

    case PROP_DATE:
      g_value_set_string (value, self->date);
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
cal_round_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  CalRound *self = CAL_ROUND (object);

  switch (prop_id)
    {
    case PROP_ID:
      cal_round_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_PROCESS_ID:
      cal_round_set_process_id (self, g_value_get_int64 (value));
      break;

    case PROP_JOB_ID:
      cal_round_set_job_id (self, g_value_get_int64 (value));
      break;

    case PROP_POSITION:
      cal_round_set_position (self, g_value_get_int (value));
      break;

    case PROP_KIND:
      cal_round_set_kind (self, g_value_get_string (value));
      break;

    case PROP_TITLE:
      cal_round_set_title (self, g_value_get_string (value));
      break;

    case PROP_STATUS:
      cal_round_set_status (self, g_value_get_string (value));
      break;

    case PROP_DATE:
      cal_round_set_date (self, g_value_get_string (value));
      break;

    case PROP_NOTES:
      cal_round_set_notes (self, g_value_get_string (value));
      break;

    case PROP_CREATED:
      cal_round_set_created (self, g_value_get_int64 (value));
      break;

    case PROP_UPDATED:
      cal_round_set_updated (self, g_value_get_int64 (value));
      break;

    case PROP_DIRTY:
      cal_round_set_dirty (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cal_round_class_init (CalRoundClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cal_round_finalize;
  object_class->get_property = cal_round_get_property;
  object_class->set_property = cal_round_set_property;

  /**
   * CalRound:id:
   *
   * The row id in the database, 0 while the object has never been stored.
   */
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalRound:process-id:
   *
   * The #CalProcess of this round, 0 for none.
   */
  properties[PROP_PROCESS_ID] =
    g_param_spec_int64 ("process-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalRound:job-id:
   *
   * The #CalJob of this round, 0 for none.
   */
  properties[PROP_JOB_ID] =
    g_param_spec_int64 ("job-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalRound:position:
   *
   * The order of the round in the loop, from 0.
   */
  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL,
                      0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalRound:kind:
   *
   * The round kind, e.g. `recruiter-screen`, `coding`, `system-design`, `behavioral`.
   */
  properties[PROP_KIND] =
    g_param_spec_string ("kind", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalRound:title:
   *
   * The round's title.
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalRound:status:
   *
   * `planned`, `scheduled`, `done`, `passed`, `failed` or empty.
   */
  properties[PROP_STATUS] =
    g_param_spec_string ("status", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalRound:date:
   *
   * The day of the round, as `YYYY-MM-DD`, or empty.
   */
  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalRound:notes:
   *
   * Free notes.
   */
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalRound:created:
   *
   * When it was first stored, in seconds since 1970 (UTC); 0 before.
   */
  properties[PROP_CREATED] =
    g_param_spec_int64 ("created", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalRound:updated:
   *
   * When it was last stored, in seconds since 1970 (UTC); 0 before.
   */
  properties[PROP_UPDATED] =
    g_param_spec_int64 ("updated", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalRound:dirty:
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
cal_round_init (CalRound *self)
{
  self->kind = g_strdup ("");
  self->title = g_strdup ("");
  self->status = g_strdup ("");
  self->date = g_strdup ("");
  self->notes = g_strdup ("");
}

/**
 * cal_round_new:
 *
 * Returns: (transfer full): a new, not yet stored #CalRound
 */
CalRound *
cal_round_new (void)
{
  return g_object_new (CAL_TYPE_ROUND, NULL);
}

/**
 * cal_round_get_id:
 * @self: a #CalRound
 *
 * Returns: the #CalRound:id property
 */
gint64
cal_round_get_id (CalRound *self)
{
  g_return_val_if_fail (CAL_IS_ROUND (self), 0);

  return self->id;
}

/**
 * cal_round_set_id:
 * @self: a #CalRound
 * @id: the new value
 *
 * This is the store's bookkeeping: it does not make the object dirty.
 *
 * Sets the #CalRound:id property.
 */
void
cal_round_set_id (CalRound *self,
                  gint64 id)
{
  g_return_if_fail (CAL_IS_ROUND (self));

  g_return_if_fail (id >= 0);

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

/**
 * cal_round_get_process_id:
 * @self: a #CalRound
 *
 * Returns: the #CalRound:process-id property
 */
gint64
cal_round_get_process_id (CalRound *self)
{
  g_return_val_if_fail (CAL_IS_ROUND (self), 0);

  return self->process_id;
}

/**
 * cal_round_set_process_id:
 * @self: a #CalRound
 * @process_id: the new value
 *
 * Sets the #CalRound:process-id property.
 */
void
cal_round_set_process_id (CalRound *self,
                          gint64 process_id)
{
  g_return_if_fail (CAL_IS_ROUND (self));

  g_return_if_fail (process_id >= 0);

  if (self->process_id == process_id)
    return;

  self->process_id = process_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROCESS_ID]);
  cal_round_mark_dirty (self);
}

/**
 * cal_round_get_job_id:
 * @self: a #CalRound
 *
 * Returns: the #CalRound:job-id property
 */
gint64
cal_round_get_job_id (CalRound *self)
{
  g_return_val_if_fail (CAL_IS_ROUND (self), 0);

  return self->job_id;
}

/**
 * cal_round_set_job_id:
 * @self: a #CalRound
 * @job_id: the new value
 *
 * Sets the #CalRound:job-id property.
 */
void
cal_round_set_job_id (CalRound *self,
                      gint64 job_id)
{
  g_return_if_fail (CAL_IS_ROUND (self));

  g_return_if_fail (job_id >= 0);

  if (self->job_id == job_id)
    return;

  self->job_id = job_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_JOB_ID]);
  cal_round_mark_dirty (self);
}

/**
 * cal_round_get_position:
 * @self: a #CalRound
 *
 * Returns: the #CalRound:position property
 */
int
cal_round_get_position (CalRound *self)
{
  g_return_val_if_fail (CAL_IS_ROUND (self), 0);

  return self->position;
}

/**
 * cal_round_set_position:
 * @self: a #CalRound
 * @position: the new value
 *
 * Sets the #CalRound:position property.
 */
void
cal_round_set_position (CalRound *self,
                        int position)
{
  g_return_if_fail (CAL_IS_ROUND (self));

  g_return_if_fail (position >= 0);

  if (self->position == position)
    return;

  self->position = position;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
  cal_round_mark_dirty (self);
}

/**
 * cal_round_get_kind:
 * @self: a #CalRound
 *
 * Returns: (transfer none) the #CalRound:kind property, never %NULL
 */
const char *
cal_round_get_kind (CalRound *self)
{
  g_return_val_if_fail (CAL_IS_ROUND (self), NULL);

  return self->kind;
}

/**
 * cal_round_set_kind:
 * @self: a #CalRound
 * @kind: (nullable) the new value; %NULL is stored as ""
 *
 * Sets the #CalRound:kind property.
 */
void
cal_round_set_kind (CalRound *self,
                    const char *kind)
{
  g_return_if_fail (CAL_IS_ROUND (self));

  if (g_strcmp0 (self->kind, kind != NULL ? kind : "") == 0)
    return;

  g_free (self->kind);
  self->kind = g_strdup (kind != NULL ? kind : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
  cal_round_mark_dirty (self);
}

/**
 * cal_round_get_title:
 * @self: a #CalRound
 *
 * Returns: (transfer none) the #CalRound:title property, never %NULL
 */
const char *
cal_round_get_title (CalRound *self)
{
  g_return_val_if_fail (CAL_IS_ROUND (self), NULL);

  return self->title;
}

/**
 * cal_round_set_title:
 * @self: a #CalRound
 * @title: (nullable) the new value; %NULL is stored as ""
 *
 * Sets the #CalRound:title property.
 */
void
cal_round_set_title (CalRound *self,
                     const char *title)
{
  g_return_if_fail (CAL_IS_ROUND (self));

  if (g_strcmp0 (self->title, title != NULL ? title : "") == 0)
    return;

  g_free (self->title);
  self->title = g_strdup (title != NULL ? title : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
  cal_round_mark_dirty (self);
}

/**
 * cal_round_get_status:
 * @self: a #CalRound
 *
 * Returns: (transfer none) the #CalRound:status property, never %NULL
 */
const char *
cal_round_get_status (CalRound *self)
{
  g_return_val_if_fail (CAL_IS_ROUND (self), NULL);

  return self->status;
}

/**
 * cal_round_set_status:
 * @self: a #CalRound
 * @status: (nullable) the new value; %NULL is stored as ""
 *
 * Sets the #CalRound:status property.
 */
void
cal_round_set_status (CalRound *self,
                      const char *status)
{
  g_return_if_fail (CAL_IS_ROUND (self));

  if (g_strcmp0 (self->status, status != NULL ? status : "") == 0)
    return;

  g_free (self->status);
  self->status = g_strdup (status != NULL ? status : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
  cal_round_mark_dirty (self);
}

/**
 * cal_round_get_date:
 * @self: a #CalRound
 *
 * Returns: (transfer none) the #CalRound:date property, never %NULL
 */
const char *
cal_round_get_date (CalRound *self)
{
  g_return_val_if_fail (CAL_IS_ROUND (self), NULL);

  return self->date;
}

/**
 * cal_round_set_date:
 * @self: a #CalRound
 * @date: (nullable) the new value; %NULL is stored as ""
 *
 * Sets the #CalRound:date property.
 */
void
cal_round_set_date (CalRound *self,
                    const char *date)
{
  g_return_if_fail (CAL_IS_ROUND (self));

  if (g_strcmp0 (self->date, date != NULL ? date : "") == 0)
    return;

  g_free (self->date);
  self->date = g_strdup (date != NULL ? date : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
  cal_round_mark_dirty (self);
}

/**
 * cal_round_get_notes:
 * @self: a #CalRound
 *
 * Returns: (transfer none) the #CalRound:notes property, never %NULL
 */
const char *
cal_round_get_notes (CalRound *self)
{
  g_return_val_if_fail (CAL_IS_ROUND (self), NULL);

  return self->notes;
}

/**
 * cal_round_set_notes:
 * @self: a #CalRound
 * @notes: (nullable) the new value; %NULL is stored as ""
 *
 * Sets the #CalRound:notes property.
 */
void
cal_round_set_notes (CalRound *self,
                     const char *notes)
{
  g_return_if_fail (CAL_IS_ROUND (self));

  if (g_strcmp0 (self->notes, notes != NULL ? notes : "") == 0)
    return;

  g_free (self->notes);
  self->notes = g_strdup (notes != NULL ? notes : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
  cal_round_mark_dirty (self);
}

/**
 * cal_round_get_created:
 * @self: a #CalRound
 *
 * Returns: the #CalRound:created property
 */
gint64
cal_round_get_created (CalRound *self)
{
  g_return_val_if_fail (CAL_IS_ROUND (self), 0);

  return self->created;
}

/**
 * cal_round_set_created:
 * @self: a #CalRound
 * @created: the new value
 *
 * This is the store's bookkeeping: it does not make the object dirty.
 *
 * Sets the #CalRound:created property.
 */
void
cal_round_set_created (CalRound *self,
                       gint64 created)
{
  g_return_if_fail (CAL_IS_ROUND (self));

  g_return_if_fail (created >= 0);

  if (self->created == created)
    return;

  self->created = created;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED]);
}

/**
 * cal_round_get_updated:
 * @self: a #CalRound
 *
 * Returns: the #CalRound:updated property
 */
gint64
cal_round_get_updated (CalRound *self)
{
  g_return_val_if_fail (CAL_IS_ROUND (self), 0);

  return self->updated;
}

/**
 * cal_round_set_updated:
 * @self: a #CalRound
 * @updated: the new value
 *
 * This is the store's bookkeeping: it does not make the object dirty.
 *
 * Sets the #CalRound:updated property.
 */
void
cal_round_set_updated (CalRound *self,
                       gint64 updated)
{
  g_return_if_fail (CAL_IS_ROUND (self));

  g_return_if_fail (updated >= 0);

  if (self->updated == updated)
    return;

  self->updated = updated;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UPDATED]);
}

/**
 * cal_round_get_dirty:
 * @self: a #CalRound
 *
 * Returns: the #CalRound:dirty property
 */
gboolean
cal_round_get_dirty (CalRound *self)
{
  g_return_val_if_fail (CAL_IS_ROUND (self), FALSE);

  return self->dirty;
}

/**
 * cal_round_set_dirty:
 * @self: a #CalRound
 * @dirty: the new value
 *
 * This is the store's bookkeeping: it does not make the object dirty.
 *
 * Sets the #CalRound:dirty property.
 */
void
cal_round_set_dirty (CalRound *self,
                     gboolean dirty)
{
  g_return_if_fail (CAL_IS_ROUND (self));

  dirty = !!dirty;
  if (self->dirty == dirty)
    return;

  self->dirty = dirty;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRTY]);
}
