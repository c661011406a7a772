/* cal-plan-item.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-store"

#include "config.h"

#include "cal-plan-item.h"

/**
 * CalPlanItem:
 *
 * One item of a #CalPlan.
 *
 * Every setter notifies only on a real change and then sets
 * #CalPlanItem:dirty, which is what the autosave looks for. The store clears
 * it after loading or writing the object; #CalPlanItem:id and the time stamps
 * are the store's bookkeeping and do not make the object dirty.
 */

struct _CalPlanItem
{
  GObject parent_instance;

  gint64    id;
  gint64    plan_id;
  char     *phase;
  int       position;
  char     *title;
  char     *detail;
  char     *rationale;
  int       priority;
  char     *stakeholder;
  char     *product_area;
  char     *outcome;
  char     *source_phrase;
  gint64    created;
  gint64    updated;
  gboolean  dirty;
};

G_DEFINE_FINAL_TYPE (CalPlanItem, cal_plan_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_PLAN_ID,
  PROP_PHASE,
  PROP_POSITION,
  PROP_TITLE,
  PROP_DETAIL,
  PROP_RATIONALE,
  PROP_PRIORITY,
  PROP_STAKEHOLDER,
  PROP_PRODUCT_AREA,
  PROP_OUTCOME,
  PROP_SOURCE_PHRASE,
  PROP_CREATED,
  PROP_UPDATED,
  PROP_DIRTY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cal_plan_item_mark_dirty (CalPlanItem *self)
{
  if (self->dirty)
    return;

  self->dirty = TRUE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRTY]);
}

static void
cal_plan_item_finalize (GObject *object)
{
  CalPlanItem *self = (CalPlanItem *) object;

  g_free (self->phase);
  g_free (self->title);
  g_free (self->detail);
  g_free (self->rationale);
  g_free (self->stakeholder);
  g_free (self->product_area);
  g_free (self->outcome);
  g_free (self->source_phrase);

  G_OBJECT_CLASS (cal_plan_item_parent_class)->finalize (object);
}

static void
cal_plan_item_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  CalPlanItem *self = CAL_PLAN_ITEM (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_PLAN_ID:
      g_value_set_int64 (value, self->plan_id);
      break;

    case PROP_PHASE:
      g_value_set_string (value, self->phase);
      break;

    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_DETAIL:
      g_value_set_string (value, self->detail);
      break;

    case PROP_RATIONALE:
      g_value_set_string (value, self->rationale);
      break;

    case PROP_PRIORITY:
      g_value_set_int (value, self->priority);
      break;

    case PROP_STAKEHOLDER:
      g_value_set_string (value, self->stakeholder);
      break;

    case PROP_PRODUCT_AREA:
      g_value_set_string (value, self->product_area);
      break;

    case PROP_OUTCOME:
      g_value_set_string (value, self->outcome);
      break;

    case PROP_SOURCE_PHRASE:
      g_value_set_string (value, self->source_phrase);
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
cal_plan_item_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  CalPlanItem *self = CAL_PLAN_ITEM (object);

  switch (prop_id)
    {
    case PROP_ID:
      cal_plan_item_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_PLAN_ID:
      cal_plan_item_set_plan_id (self, g_value_get_int64 (value));
      break;

    case PROP_PHASE:
      cal_plan_item_set_phase (self, g_value_get_string (value));
      break;

    case PROP_POSITION:
      cal_plan_item_set_position (self, g_value_get_int (value));
      break;

    case PROP_TITLE:
      cal_plan_item_set_title (self, g_value_get_string (value));
      break;

    case PROP_DETAIL:
      cal_plan_item_set_detail (self, g_value_get_string (value));
      break;

    case PROP_RATIONALE:
      cal_plan_item_set_rationale (self, g_value_get_string (value));
      break;

    case PROP_PRIORITY:
      cal_plan_item_set_priority (self, g_value_get_int (value));
      break;

    case PROP_STAKEHOLDER:
      cal_plan_item_set_stakeholder (self, g_value_get_string (value));
      break;

    case PROP_PRODUCT_AREA:
      cal_plan_item_set_product_area (self, g_value_get_string (value));
      break;

    case PROP_OUTCOME:
      cal_plan_item_set_outcome (self, g_value_get_string (value));
      break;

    case PROP_SOURCE_PHRASE:
      cal_plan_item_set_source_phrase (self, g_value_get_string (value));
      break;

    case PROP_CREATED:
      cal_plan_item_set_created (self, g_value_get_int64 (value));
      break;

    case PROP_UPDATED:
      cal_plan_item_set_updated (self, g_value_get_int64 (value));
      break;

    case PROP_DIRTY:
      cal_plan_item_set_dirty (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cal_plan_item_class_init (CalPlanItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cal_plan_item_finalize;
  object_class->get_property = cal_plan_item_get_property;
  object_class->set_property = cal_plan_item_set_property;

  /**
   * CalPlanItem:id:
   *
   * The row id in the database, 0 while the object has never been stored.
   */
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalPlanItem:plan-id:
   *
   * The #CalPlan of this item.
   */
  properties[PROP_PLAN_ID] =
    g_param_spec_int64 ("plan-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalPlanItem:phase:
   *
   * `learn` (days 1–30), `diagnose` (31–60) or `act` (61–90).
   */
  properties[PROP_PHASE] =
    g_param_spec_string ("phase", NULL, NULL,
                         "learn",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalPlanItem:position:
   *
   * The order within the phase, from 0.
   */
  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL,
                      0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalPlanItem:title:
   *
   * What to do.
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalPlanItem:detail:
   *
   * How to do it.
   */
  properties[PROP_DETAIL] =
    g_param_spec_string ("detail", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalPlanItem:rationale:
   *
   * Why it matters, to defend its priority.
   */
  properties[PROP_RATIONALE] =
    g_param_spec_string ("rationale", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalPlanItem:priority:
   *
   * 1 (highest) to 3.
   */
  properties[PROP_PRIORITY] =
    g_param_spec_int ("priority", NULL, NULL,
                      1, 3, 2,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalPlanItem:stakeholder:
   *
   * Who it involves.
   */
  properties[PROP_STAKEHOLDER] =
    g_param_spec_string ("stakeholder", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalPlanItem:product-area:
   *
   * Which product area it touches.
   */
  properties[PROP_PRODUCT_AREA] =
    g_param_spec_string ("product-area", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalPlanItem:outcome:
   *
   * What done looks like.
   */
  properties[PROP_OUTCOME] =
    g_param_spec_string ("outcome", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalPlanItem:source-phrase:
   *
   * The job description phrase it was seeded from.
   */
  properties[PROP_SOURCE_PHRASE] =
    g_param_spec_string ("source-phrase", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalPlanItem:created:
   *
   * When it was first stored, in seconds since 1970 (UTC); 0 before.
   */
  properties[PROP_CREATED] =
    g_param_spec_int64 ("created", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalPlanItem:updated:
   *
   * When it was last stored, in seconds since 1970 (UTC); 0 before.
   */
  properties[PROP_UPDATED] =
    g_param_spec_int64 ("updated", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalPlanItem:dirty:
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
cal_plan_item_init (CalPlanItem *self)
{
  self->phase = g_strdup ("learn");
  self->title = g_strdup ("");
  self->detail = g_strdup ("");
  self->rationale = g_strdup ("");
  self->priority = 2;
  self->stakeholder = g_strdup ("");
  self->product_area = g_strdup ("");
  self->outcome = g_strdup ("");
  self->source_phrase = g_strdup ("");
}

/**
 * cal_plan_item_new:
 *
 * Returns: (transfer full): a new, not yet stored #CalPlanItem
 */
CalPlanItem *
cal_plan_item_new (void)
{
  return g_object_new (CAL_TYPE_PLAN_ITEM, NULL);
}

/**
 * cal_plan_item_get_id:
 * @self: a #CalPlanItem
 *
 * Returns: the #CalPlanItem:id property
 */
gint64
cal_plan_item_get_id (CalPlanItem *self)
{
  g_return_val_if_fail (CAL_IS_PLAN_ITEM (self), 0);

  return self->id;
}

/**
 * cal_plan_item_set_id:
 * @self: a #CalPlanItem
 * @id: the new value
 *
 * This is the store's bookkeeping: it does not make the object dirty.
 *
 * Sets the #CalPlanItem:id property.
 */
void
cal_plan_item_set_id (CalPlanItem *self,
                      gint64 id)
{
  g_return_if_fail (CAL_IS_PLAN_ITEM (self));

  g_return_if_fail (id >= 0);

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

/**
 * cal_plan_item_get_plan_id:
 * @self: a #CalPlanItem
 *
 * Returns: the #CalPlanItem:plan-id property
 */
gint64
cal_plan_item_get_plan_id (CalPlanItem *self)
{
  g_return_val_if_fail (CAL_IS_PLAN_ITEM (self), 0);

  return self->plan_id;
}

/**
 * cal_plan_item_set_plan_id:
 * @self: a #CalPlanItem
 * @plan_id: the new value
 *
 * Sets the #CalPlanItem:plan-id property.
 */
void
cal_plan_item_set_plan_id (CalPlanItem *self,
                           gint64 plan_id)
{
  g_return_if_fail (CAL_IS_PLAN_ITEM (self));

  g_return_if_fail (plan_id >= 0);

  if (self->plan_id == plan_id)
    return;

  self->plan_id = plan_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN_ID]);
  cal_plan_item_mark_dirty (self);
}

/**
 * cal_plan_item_get_phase:
 * @self: a #CalPlanItem
 *
 * Returns: (transfer none) the #CalPlanItem:phase property, never %NULL
 */
const char *
cal_plan_item_get_phase (CalPlanItem *self)
{
  g_return_val_if_fail (CAL_IS_PLAN_ITEM (self), NULL);

  return self->phase;
}

/**
 * cal_plan_item_set_phase:
 * @self: a #CalPlanItem
 * @phase: (nullable) the new value; %NULL is stored as ""
 *
 * Sets the #CalPlanItem:phase property.
 */
void
cal_plan_item_set_phase (CalPlanItem *self,
                         const char *phase)
{
  g_return_if_fail (CAL_IS_PLAN_ITEM (self));

  if (g_strcmp0 (self->phase, phase != NULL ? phase : "") == 0)
    return;

  g_free (self->phase);
  self->phase = g_strdup (phase != NULL ? phase : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PHASE]);
  cal_plan_item_mark_dirty (self);
}

/**
 * cal_plan_item_get_position:
 * @self: a #CalPlanItem
 *
 * Returns: the #CalPlanItem:position property
 */
int
cal_plan_item_get_position (CalPlanItem *self)
{
  g_return_val_if_fail (CAL_IS_PLAN_ITEM (self), 0);

  return self->position;
}

/**
 * cal_plan_item_set_position:
 * @self: a #CalPlanItem
 * @position: the new value
 *
 * Sets the #CalPlanItem:position property.
 */
void
cal_plan_item_set_position (CalPlanItem *self,
                            int position)
{
  g_return_if_fail (CAL_IS_PLAN_ITEM (self));

  g_return_if_fail (position >= 0);

  if (self->position == position)
    return;

  self->position = position;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
  cal_plan_item_mark_dirty (self);
}

/**
 * cal_plan_item_get_title:
 * @self: a #CalPlanItem
 *
 * Returns: (transfer none) the #CalPlanItem:title property, never %NULL
 */
const char *
cal_plan_item_get_title (CalPlanItem *self)
{
  g_return_val_if_fail (CAL_IS_PLAN_ITEM (self), NULL);

  return self->title;
}

/**
 * cal_plan_item_set_title:
 * @self: a #CalPlanItem
 * @title: (nullable) the new value; %NULL is stored as ""
 *
 * Sets the #CalPlanItem:title property.
 */
void
cal_plan_item_set_title (CalPlanItem *self,
                         const char *title)
{
  g_return_if_fail (CAL_IS_PLAN_ITEM (self));

  if (g_strcmp0 (self->title, title != NULL ? title : "") == 0)
    return;

  g_free (self->title);
  self->title = g_strdup (title != NULL ? title : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
  cal_plan_item_mark_dirty (self);
}

/**
 * cal_plan_item_get_detail:
 * @self: a #CalPlanItem
 *
 * Returns: (transfer none) the #CalPlanItem:detail property, never %NULL
 */
const char *
cal_plan_item_get_detail (CalPlanItem *self)
{
  g_return_val_if_fail (CAL_IS_PLAN_ITEM (self), NULL);

  return self->detail;
}

/**
 * cal_plan_item_set_detail:
 * @self: a #CalPlanItem
 * @detail: (nullable) the new value; %NULL is stored as ""
 *
 * Sets the #CalPlanItem:detail property.
 */
void
cal_plan_item_set_detail (CalPlanItem *self,
                          const char *detail)
{
  g_return_if_fail (CAL_IS_PLAN_ITEM (self));

  if (g_strcmp0 (self->detail, detail != NULL ? detail : "") == 0)
    return;

  g_free (self->detail);
  self->detail = g_strdup (detail != NULL ? detail : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DETAIL]);
  cal_plan_item_mark_dirty (self);
}

/**
 * cal_plan_item_get_rationale:
 * @self: a #CalPlanItem
 *
 * Returns: (transfer none) the #CalPlanItem:rationale property, never %NULL
 */
const char *
cal_plan_item_get_rationale (CalPlanItem *self)
{
  g_return_val_if_fail (CAL_IS_PLAN_ITEM (self), NULL);

  return self->rationale;
}

/**
 * cal_plan_item_set_rationale:
 * @self: a #CalPlanItem
 * @rationale: (nullable) the new value; %NULL is stored as ""
 *
 * Sets the #CalPlanItem:rationale property.
 */
void
cal_plan_item_set_rationale (CalPlanItem *self,
                             const char *rationale)
{
  g_return_if_fail (CAL_IS_PLAN_ITEM (self));

  if (g_strcmp0 (self->rationale, rationale != NULL ? rationale : "") == 0)
    return;

  g_free (self->rationale);
  self->rationale = g_strdup (rationale != NULL ? rationale : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RATIONALE]);
  cal_plan_item_mark_dirty (self);
}

/**
 * cal_plan_item_get_priority:
 * @self: a #CalPlanItem
 *
 * Returns: the #CalPlanItem:priority property
 */
int
cal_plan_item_get_priority (CalPlanItem *self)
{
  g_return_val_if_fail (CAL_IS_PLAN_ITEM (self), 0);

  return self->priority;
}

/**
 * cal_plan_item_set_priority:
 * @self: a #CalPlanItem
 * @priority: the new value
 *
 * Sets the #CalPlanItem:priority property.
 */
void
cal_plan_item_set_priority (CalPlanItem *self,
                            int priority)
{
  g_return_if_fail (CAL_IS_PLAN_ITEM (self));

  g_return_if_fail (priority >= 1 && priority <= 3);

  if (self->priority == priority)
    return;

  self->priority = priority;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRIORITY]);
  cal_plan_item_mark_dirty (self);
}

/**
 * cal_plan_item_get_stakeholder:
 * @self: a #CalPlanItem
 *
 * Returns: (transfer none) the #CalPlanItem:stakeholder property, never %NULL
 */
const char *
cal_plan_item_get_stakeholder (CalPlanItem *self)
{
  g_return_val_if_fail (CAL_IS_PLAN_ITEM (self), NULL);

  return self->stakeholder;
}

/**
 * cal_plan_item_set_stakeholder:
 * @self: a #CalPlanItem
 * @stakeholder: (nullable) the new value; %NULL is stored as ""
 *
 * Sets the #CalPlanItem:stakeholder property.
 */
void
cal_plan_item_set_stakeholder (CalPlanItem *self,
                               const char *stakeholder)
{
  g_return_if_fail (CAL_IS_PLAN_ITEM (self));

  if (g_strcmp0 (self->stakeholder, stakeholder != NULL ? stakeholder : "") == 0)
    return;

  g_free (self->stakeholder);
  self->stakeholder = g_strdup (stakeholder != NULL ? stakeholder : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAKEHOLDER]);
  cal_plan_item_mark_dirty (self);
}

/**
 * cal_plan_item_get_product_area:
 * @self: a #CalPlanItem
 *
 * Returns: (transfer none) the #CalPlanItem:product-area property, never %NULL
 */
const char *
cal_plan_item_get_product_area (CalPlanItem *self)
{
  g_return_val_if_fail (CAL_IS_PLAN_ITEM (self), NULL);

  return self->product_area;
}

/**
 * cal_plan_item_set_product_area:
 * @self: a #CalPlanItem
 * @product_area: (nullable) the new value; %NULL is stored as ""
 *
 * Sets the #CalPlanItem:product-area property.
 */
void
cal_plan_item_set_product_area (CalPlanItem *self,
                                const char *product_area)
{
  g_return_if_fail (CAL_IS_PLAN_ITEM (self));

  if (g_strcmp0 (self->product_area, product_area != NULL ? product_area : "") == 0)
    return;

  g_free (self->product_area);
  self->product_area = g_strdup (product_area != NULL ? product_area : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRODUCT_AREA]);
  cal_plan_item_mark_dirty (self);
}

/**
 * cal_plan_item_get_outcome:
 * @self: a #CalPlanItem
 *
 * Returns: (transfer none) the #CalPlanItem:outcome property, never %NULL
 */
const char *
cal_plan_item_get_outcome (CalPlanItem *self)
{
  g_return_val_if_fail (CAL_IS_PLAN_ITEM (self), NULL);

  return self->outcome;
}

/**
 * cal_plan_item_set_outcome:
 * @self: a #CalPlanItem
 * @outcome: (nullable) the new value; %NULL is stored as ""
 *
 * Sets the #CalPlanItem:outcome property.
 */
void
cal_plan_item_set_outcome (CalPlanItem *self,
                           const char *outcome)
{
  g_return_if_fail (CAL_IS_PLAN_ITEM (self));

  if (g_strcmp0 (self->outcome, outcome != NULL ? outcome : "") == 0)
    return;

  g_free (self->outcome);
  self->outcome = g_strdup (outcome != NULL ? outcome : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OUTCOME]);
  cal_plan_item_mark_dirty (self);
}

/**
 * cal_plan_item_get_source_phrase:
 * @self: a #CalPlanItem
 *
 * Returns: (transfer none) the #CalPlanItem:source-phrase property, never %NULL
 */
const char *
cal_plan_item_get_source_phrase (CalPlanItem *self)
{
  g_return_val_if_fail (CAL_IS_PLAN_ITEM (self), NULL);

  return self->source_phrase;
}

/**
 * cal_plan_item_set_source_phrase:
 * @self: a #CalPlanItem
 * @source_phrase: (nullable) the new value; %NULL is stored as ""
 *
 * Sets the #CalPlanItem:source-phrase property.
 */
void
cal_plan_item_set_source_phrase (CalPlanItem *self,
                                 const char *source_phrase)
{
  g_return_if_fail (CAL_IS_PLAN_ITEM (self));

  if (g_strcmp0 (self->source_phrase, source_phrase != NULL ? source_phrase : "") == 0)
    return;

  g_free (self->source_phrase);
  self->source_phrase = g_strdup (source_phrase != NULL ? source_phrase : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE_PHRASE]);
  cal_plan_item_mark_dirty (self);
}

/**
 * cal_plan_item_get_created:
 * @self: a #CalPlanItem
 *
 * Returns: the #CalPlanItem:created property
 */
gint64
cal_plan_item_get_created (CalPlanItem *self)
{
  g_return_val_if_fail (CAL_IS_PLAN_ITEM (self), 0);

  return self->created;
}

/**
 * cal_plan_item_set_created:
 * @self: a #CalPlanItem
 * @created: the new value
 *
 * This is the store's bookkeeping: it does not make the object dirty.
 *
 * Sets the #CalPlanItem:created property.
 */
void
cal_plan_item_set_created (CalPlanItem *self,
                           gint64 created)
{
  g_return_if_fail (CAL_IS_PLAN_ITEM (self));

  g_return_if_fail (created >= 0);

  if (self->created == created)
    return;

  self->created = created;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED]);
}

/**
 * cal_plan_item_get_updated:
 * @self: a #CalPlanItem
 *
 * Returns: the #CalPlanItem:updated property
 */
gint64
cal_plan_item_get_updated (CalPlanItem *self)
{
  g_return_val_if_fail (CAL_IS_PLAN_ITEM (self), 0);

  return self->updated;
}

/**
 * cal_plan_item_set_updated:
 * @self: a #CalPlanItem
 * @updated: the new value
 *
 * This is the store's bookkeeping: it does not make the object dirty.
 *
 * Sets the #CalPlanItem:updated property.
 */
void
cal_plan_item_set_updated (CalPlanItem *self,
                           gint64 updated)
{
  g_return_if_fail (CAL_IS_PLAN_ITEM (self));

  g_return_if_fail (updated >= 0);

  if (self->updated == updated)
    return;

  self->updated = updated;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UPDATED]);
}

/**
 * cal_plan_item_get_dirty:
 * @self: a #CalPlanItem
 *
 * Returns: the #CalPlanItem:dirty property
 */
gboolean
cal_plan_item_get_dirty (CalPlanItem *self)
{
  g_return_val_if_fail (CAL_IS_PLAN_ITEM (self), FALSE);

  return self->dirty;
}

/**
 * cal_plan_item_set_dirty:
 * @self: a #CalPlanItem
 * @dirty: the new value
 *
 * This is the store's bookkeeping: it does not make the object dirty.
 *
 * Sets the #CalPlanItem:dirty property.
 */
void
cal_plan_item_set_dirty (CalPlanItem *self,
                         gboolean dirty)
{
  g_return_if_fail (CAL_IS_PLAN_ITEM (self));

  dirty = !!dirty;
  if (self->dirty == dirty)
    return;

  self->dirty = dirty;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRTY]);
}
