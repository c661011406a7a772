/* cal-process-event.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-store"

#include "config.h"

#include "cal-process-event.h"

/**
 * CalProcessEvent:
 *
 * One stage change of a #CalProcess, recorded by the store when a process
 * is saved with a new stage.
 *
 * Every setter notifies only on a real change and then sets
 * #CalProcessEvent:dirty, which is what the autosave looks for. The store clears
 * it after loading or writing the object; #CalProcessEvent:id and the time stamps
 * are the store's bookkeeping and do not make the object dirty.
 */

struct _CalProcessEvent
{
  GObject parent_instance;

  gint64    id;
  gint64    process_id;
  char     *from_stage;
  char     *to_stage;
  char     *note;
  gint64    created;
  gboolean  dirty;
};

G_DEFINE_FINAL_TYPE (CalProcessEvent, cal_process_event, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_PROCESS_ID,
  PROP_FROM_STAGE,
  PROP_TO_STAGE,
  PROP_NOTE,
  PROP_CREATED,
  PROP_DIRTY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cal_process_event_mark_dirty (CalProcessEvent *self)
{
  if (self->dirty)
    return;

  self->dirty = TRUE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRTY]);
}

static void
cal_process_event_finalize (GObject *object)
{
  CalProcessEvent *self = (CalProcessEvent *) object;

  g_free (self->from_stage);
  g_free (self->to_stage);
  g_free (self->note);

  G_OBJECT_CLASS (cal_process_event_parent_class)->finalize (object);
}

static void
cal_process_event_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  CalProcessEvent *self = CAL_PROCESS_EVENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_PROCESS_ID:
      g_value_set_int64 (value, self->process_id);
      break;

    case PROP_FROM_STAGE:
      g_value_set_string (value, self->from_stage);
      break;

    case PROP_TO_STAGE:
      g_value_set_string (value, self->to_stage);
      break;

    case PROP_NOTE:
      g_value_set_string (value, self->note);
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
cal_process_event_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  CalProcessEvent *self = CAL_PROCESS_EVENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      cal_process_event_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_PROCESS_ID:
      cal_process_event_set_process_id (self, g_value_get_int64 (value));
      break;

    case PROP_FROM_STAGE:
      cal_process_event_set_from_stage (self, g_value_get_string (value));
      break;

    case PROP_TO_STAGE:
      cal_process_event_set_to_stage (self, g_value_get_string (value));
      break;

    case PROP_NOTE:
      cal_process_event_set_note (self, g_value_get_string (value));
      break;

    case PROP_CREATED:
      cal_process_event_set_created (self, g_value_get_int64 (value));
      break;

    case PROP_DIRTY:
      cal_process_event_set_dirty (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cal_process_event_class_init (CalProcessEventClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cal_process_event_finalize;
  object_class->get_property = cal_process_event_get_property;
  object_class->set_property = cal_process_event_set_property;

  /**
   * CalProcessEvent:id:
   *
   * The row id in the database, 0 while the object has never been stored.
   */
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalProcessEvent:process-id:
   *
   * The #CalProcess that changed.
   */
  properties[PROP_PROCESS_ID] =
    g_param_spec_int64 ("process-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalProcessEvent:from-stage:
   *
   * The stage before, empty for the first one.
   */
  properties[PROP_FROM_STAGE] =
    g_param_spec_string ("from-stage", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalProcessEvent:to-stage:
   *
   * The stage after.
   */
  properties[PROP_TO_STAGE] =
    g_param_spec_string ("to-stage", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalProcessEvent:note:
   *
   * A free note about the change.
   */
  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalProcessEvent:created:
   *
   * When it was first stored, in seconds since 1970 (UTC); 0 before.
   */
  properties[PROP_CREATED] =
    g_param_spec_int64 ("created", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalProcessEvent:dirty:
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
cal_process_event_init (CalProcessEvent *self)
{
  self->from_stage = g_strdup ("");
  self->to_stage = g_strdup ("");
  self->note = g_strdup ("");
}

/**
 * cal_process_event_new:
 *
 * Returns: (transfer full): a new, not yet stored #CalProcessEvent
 */
CalProcessEvent *
cal_process_event_new (void)
{
  return g_object_new (CAL_TYPE_PROCESS_EVENT, NULL);
}

/**
 * cal_process_event_get_id:
 * @self: a #CalProcessEvent
 *
 * Returns: the #CalProcessEvent:id property
 */
gint64
cal_process_event_get_id (CalProcessEvent *self)
{
  g_return_val_if_fail (CAL_IS_PROCESS_EVENT (self), 0);

  return self->id;
}

/**
 * cal_process_event_set_id:
 * @self: a #CalProcessEvent
 * @id: the new value
 *
 * This is the store's bookkeeping: it does not make the object dirty.
 *
 * Sets the #CalProcessEvent:id property.
 */
void
cal_process_event_set_id (CalProcessEvent *self,
                          gint64 id)
{
  g_return_if_fail (CAL_IS_PROCESS_EVENT (self));

  g_return_if_fail (id >= 0);

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

/**
 * cal_process_event_get_process_id:
 * @self: a #CalProcessEvent
 *
 * Returns: the #CalProcessEvent:process-id property
 */
gint64
cal_process_event_get_process_id (CalProcessEvent *self)
{
  g_return_val_if_fail (CAL_IS_PROCESS_EVENT (self), 0);

  return self->process_id;
}

/**
 * cal_process_event_set_process_id:
 * @self: a #CalProcessEvent
 * @process_id: the new value
 *
 * Sets the #CalProcessEvent:process-id property.
 */
void
cal_process_event_set_process_id (CalProcessEvent *self,
                                  gint64 process_id)
{
  g_return_if_fail (CAL_IS_PROCESS_EVENT (self));

  g_return_if_fail (process_id >= 0);

  if (self->process_id == process_id)
    return;

  self->process_id = process_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROCESS_ID]);
  cal_process_event_mark_dirty (self);
}

/**
 * cal_process_event_get_from_stage:
 * @self: a #CalProcessEvent
 *
 * Returns: (transfer none) the #CalProcessEvent:from-stage property, never %NULL
 */
const char *
cal_process_event_get_from_stage (CalProcessEvent *self)
{
  g_return_val_if_fail (CAL_IS_PROCESS_EVENT (self), NULL);

  return self->from_stage;
}

/**
 * cal_process_event_set_from_stage:
 * @self: a #CalProcessEvent
 * @from_stage: (nullable) the new value; %NULL is stored as ""
 *
 * Sets the #CalProcessEvent:from-stage property.
 */
void
cal_process_event_set_from_stage (CalProcessEvent *self,
                                  const char *from_stage)
{
  g_return_if_fail (CAL_IS_PROCESS_EVENT (self));

  if (g_strcmp0 (self->from_stage, from_stage != NULL ? from_stage : "") == 0)
    return;

  g_free (self->from_stage);
  self->from_stage = g_strdup (from_stage != NULL ? from_stage : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FROM_STAGE]);
  cal_process_event_mark_dirty (self);
}

/**
 * cal_process_event_get_to_stage:
 * @self: a #CalProcessEvent
 *
 * Returns: (transfer none) the #CalProcessEvent:to-stage property, never %NULL
 */
const char *
cal_process_event_get_to_stage (CalProcessEvent *self)
{
  g_return_val_if_fail (CAL_IS_PROCESS_EVENT (self), NULL);

  return self->to_stage;
}

/**
 * cal_process_event_set_to_stage:
 * @self: a #CalProcessEvent
 * @to_stage: (nullable) the new value; %NULL is stored as ""
 *
 * Sets the #CalProcessEvent:to-stage property.
 */
void
cal_process_event_set_to_stage (CalProcessEvent *self,
                                const char *to_stage)
{
  g_return_if_fail (CAL_IS_PROCESS_EVENT (self));

  if (g_strcmp0 (self->to_stage, to_stage != NULL ? to_stage : "") == 0)
    return;

  g_free (self->to_stage);
  self->to_stage = g_strdup (to_stage != NULL ? to_stage : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TO_STAGE]);
  cal_process_event_mark_dirty (self);
}

/**
 * cal_process_event_get_note:
 * @self: a #CalProcessEvent
 *
 * Returns: (transfer none) the #CalProcessEvent:note property, never %NULL
 */
const char *
cal_process_event_get_note (CalProcessEvent *self)
{
  g_return_val_if_fail (CAL_IS_PROCESS_EVENT (self), NULL);

  return self->note;
}

/**
 * cal_process_event_set_note:
 * @self: a #CalProcessEvent
 * @note: (nullable) the new value; %NULL is stored as ""
 *
 * Sets the #CalProcessEvent:note property.
 */
void
cal_process_event_set_note (CalProcessEvent *self,
                            const char *note)
{
  g_return_if_fail (CAL_IS_PROCESS_EVENT (self));

  if (g_strcmp0 (self->note, note != NULL ? note : "") == 0)
    return;

  g_free (self->note);
  self->note = g_strdup (note != NULL ? note : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTE]);
  cal_process_event_mark_dirty (self);
}

/**
 * cal_process_event_get_created:
 * @self: a #CalProcessEvent
 *
 * Returns: the #CalProcessEvent:created property
 */
gint64
cal_process_event_get_created (CalProcessEvent *self)
{
  g_return_val_if_fail (CAL_IS_PROCESS_EVENT (self), 0);

  return self->created;
}

/**
 * cal_process_event_set_created:
 * @self: a #CalProcessEvent
 * @created: the new value
 *
 * This is the store's bookkeeping: it does not make the object dirty.
 *
 * Sets the #CalProcessEvent:created property.
 */
void
cal_process_event_set_created (CalProcessEvent *self,
                               gint64 created)
{
  g_return_if_fail (CAL_IS_PROCESS_EVENT (self));

  g_return_if_fail (created >= 0);

  if (self->created == created)
    return;

  self->created = created;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED]);
}

/**
 * cal_process_event_get_dirty:
 * @self: a #CalProcessEvent
 *
 * Returns: the #CalProcessEvent:dirty property
 */
gboolean
cal_process_event_get_dirty (CalProcessEvent *self)
{
  g_return_val_if_fail (CAL_IS_PROCESS_EVENT (self), FALSE);

  return self->dirty;
}

/**
 * cal_process_event_set_dirty:
 * @self: a #CalProcessEvent
 * @dirty: the new value
 *
 * This is the store's bookkeeping: it does not make the object dirty.
 *
 * Sets the #CalProcessEvent:dirty property.
 */
void
cal_process_event_set_dirty (CalProcessEvent *self,
                             gboolean dirty)
{
  g_return_if_fail (CAL_IS_PROCESS_EVENT (self));

  dirty = !!dirty;
  if (self->dirty == dirty)
    return;

  self->dirty = dirty;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRTY]);
}
