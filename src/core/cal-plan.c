/* cal-plan.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-store"

#include "config.h"

#include "cal-plan.h"

/**
 * CalPlan:
 *
 * A first-90-days plan, usually seeded from a #CalJob. Its items are
 * #CalPlanItem rows.
 *
 * Every setter notifies only on a real change and then sets
 * #CalPlan:dirty, which is what the autosave looks for. The store clears
 * it after loading or writing the object; #CalPlan:id and the time stamps
 * are the store's bookkeeping and do not make the object dirty.
 */

struct _CalPlan
{
  GObject parent_instance;

  gint64    id;
  gint64    job_id;
  char     *title;
  gint64    created;
  gint64    updated;
  gboolean  dirty;
};

G_DEFINE_FINAL_TYPE (CalPlan, cal_plan, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_JOB_ID,
  PROP_TITLE,
  PROP_CREATED,
  PROP_UPDATED,
  PROP_DIRTY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cal_plan_mark_dirty (CalPlan *self)
{
  if (self->dirty)
    return;

  self->dirty = TRUE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRTY]);
}

static void
cal_plan_finalize (GObject *object)
{
  CalPlan *self = (CalPlan *) object;

  g_free (self->title);

  G_OBJECT_CLASS (cal_plan_parent_class)->finalize (object);
}

static void
cal_plan_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  CalPlan *self = CAL_PLAN (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_JOB_ID:
      g_value_set_int64 (value, self->job_id);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
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
cal_plan_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  CalPlan *self = CAL_PLAN (object);

  switch (prop_id)
    {
    case PROP_ID:
      cal_plan_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_JOB_ID:
      cal_plan_set_job_id (self, g_value_get_int64 (value));
      break;

    case PROP_TITLE:
      cal_plan_set_title (self, g_value_get_string (value));
      break;

    case PROP_CREATED:
      cal_plan_set_created (self, g_value_get_int64 (value));
      break;

    case PROP_UPDATED:
      cal_plan_set_updated (self, g_value_get_int64 (value));
      break;

    case PROP_DIRTY:
      cal_plan_set_dirty (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cal_plan_class_init (CalPlanClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cal_plan_finalize;
  object_class->get_property = cal_plan_get_property;
  object_class->set_property = cal_plan_set_property;

  /**
   * CalPlan:id:
   *
   * The row id in the database, 0 while the object has never been stored.
   */
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalPlan:job-id:
   *
   * The #CalJob the plan is for, 0 for none.
   */
  properties[PROP_JOB_ID] =
    g_param_spec_int64 ("job-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalPlan:title:
   *
   * The plan's title.
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalPlan:created:
   *
   * When it was first stored, in seconds since 1970 (UTC); 0 before.
   */
  properties[PROP_CREATED] =
    g_param_spec_int64 ("created", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalPlan:updated:
   *
   * When it was last stored, in seconds since 1970 (UTC); 0 before.
   */
  properties[PROP_UPDATED] =
    g_param_spec_int64 ("updated", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalPlan:dirty:
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
cal_plan_init (CalPlan *self)
{
  self->title = g_strdup ("");
}

/**
 * cal_plan_new:
 *
 * Returns: (transfer full): a new, not yet stored #CalPlan
 */
CalPlan *
cal_plan_new (void)
{
  return g_object_new (CAL_TYPE_PLAN, NULL);
}

/**
 * cal_plan_get_id:
 * @self: a #CalPlan
 *
 * Returns: the #CalPlan:id property
 */
gint64
cal_plan_get_id (CalPlan *self)
{
  g_return_val_if_fail (CAL_IS_PLAN (self), 0);

  return self->id;
}

/**
 * cal_plan_set_id:
 * @self: a #CalPlan
 * @id: the new value
 *
 * This is the store's bookkeeping: it does not make the object dirty.
 *
 * Sets the #CalPlan:id property.
 */
void
cal_plan_set_id (CalPlan *self,
                 gint64 id)
{
  g_return_if_fail (CAL_IS_PLAN (self));

  g_return_if_fail (id >= 0);

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

/**
 * cal_plan_get_job_id:
 * @self: a #CalPlan
 *
 * Returns: the #CalPlan:job-id property
 */
gint64
cal_plan_get_job_id (CalPlan *self)
{
  g_return_val_if_fail (CAL_IS_PLAN (self), 0);

  return self->job_id;
}

/**
 * cal_plan_set_job_id:
 * @self: a #CalPlan
 * @job_id: the new value
 *
 * Sets the #CalPlan:job-id property.
 */
void
cal_plan_set_job_id (CalPlan *self,
                     gint64 job_id)
{
  g_return_if_fail (CAL_IS_PLAN (self));

  g_return_if_fail (job_id >= 0);

  if (self->job_id == job_id)
    return;

  self->job_id = job_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_JOB_ID]);
  cal_plan_mark_dirty (self);
}

/**
 * cal_plan_get_title:
 * @self: a #CalPlan
 *
 * Returns: (transfer none) the #CalPlan:title property, never %NULL
 */
const char *
cal_plan_get_title (CalPlan *self)
{
  g_return_val_if_fail (CAL_IS_PLAN (self), NULL);

  return self->title;
}

/**
 * cal_plan_set_title:
 * @self: a #CalPlan
 * @title: (nullable) the new value; %NULL is stored as ""
 *
 * Sets the #CalPlan:title property.
 */
void
cal_plan_set_title (CalPlan *self,
                    const char *title)
{
  g_return_if_fail (CAL_IS_PLAN (self));

  if (g_strcmp0 (self->title, title != NULL ? title : "") == 0)
    return;

  g_free (self->title);
  self->title = g_strdup (title != NULL ? title : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
  cal_plan_mark_dirty (self);
}

/**
 * cal_plan_get_created:
 * @self: a #CalPlan
 *
 * Returns: the #CalPlan:created property
 */
gint64
cal_plan_get_created (CalPlan *self)
{
  g_return_val_if_fail (CAL_IS_PLAN (self), 0);

  return self->created;
}

/**
 * cal_plan_set_created:
 * @self: a #CalPlan
 * @created: the new value
 *
 * This is the store's bookkeeping: it does not make the object dirty.
 *
 * Sets the #CalPlan:created property.
 */
void
cal_plan_set_created (CalPlan *self,
                      gint64 created)
{
  g_return_if_fail (CAL_IS_PLAN (self));

  g_return_if_fail (created >= 0);

  if (self->created == created)
    return;

  self->created = created;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED]);
}

/**
 * cal_plan_get_updated:
 * @self: a #CalPlan
 *
 * Returns: the #CalPlan:updated property
 */
gint64
cal_plan_get_updated (CalPlan *self)
{
  g_return_val_if_fail (CAL_IS_PLAN (self), 0);

  return self->updated;
}

/**
 * cal_plan_set_updated:
 * @self: a #CalPlan
 * @updated: the new value
 *
 * This is the store's bookkeeping: it does not make the object dirty.
 *
 * Sets the #CalPlan:updated property.
 */
void
cal_plan_set_updated (CalPlan *self,
                      gint64 updated)
{
  g_return_if_fail (CAL_IS_PLAN (self));

  g_return_if_fail (updated >= 0);

  if (self->updated == updated)
    return;

  self->updated = updated;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UPDATED]);
}

/**
 * cal_plan_get_dirty:
 * @self: a #CalPlan
 *
 * Returns: the #CalPlan:dirty property
 */
gboolean
cal_plan_get_dirty (CalPlan *self)
{
  g_return_val_if_fail (CAL_IS_PLAN (self), FALSE);

  return self->dirty;
}

/**
 * cal_plan_set_dirty:
 * @self: a #CalPlan
 * @dirty: the new value
 *
 * This is the store's bookkeeping: it does not make the object dirty.
 *
 * Sets the #CalPlan:dirty property.
 */
void
cal_plan_set_dirty (CalPlan *self,
                    gboolean dirty)
{
  g_return_if_fail (CAL_IS_PLAN (self));

  dirty = !!dirty;
  if (self->dirty == dirty)
    return;

  self->dirty = dirty;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRTY]);
}
