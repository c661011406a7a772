/* cal-list-slot.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-list-slot"

#include "config.h"

#include "cal-list-slot.h"

/* One position of a CalSlotModel: a stable object whose item changes, so
 * that the row a list view built for it can show another item without
 * being built again. */

struct _CalListSlot
{
  GObject  parent_instance;

  GObject *item;
};

G_DEFINE_FINAL_TYPE (CalListSlot, cal_list_slot, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cal_list_slot_dispose (GObject *object)
{
  CalListSlot *self = CAL_LIST_SLOT (object);

  g_clear_object (&self->item);

  G_OBJECT_CLASS (cal_list_slot_parent_class)->dispose (object);
}

static void
cal_list_slot_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  CalListSlot *self = CAL_LIST_SLOT (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      g_value_set_object (value, self->item);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cal_list_slot_class_init (CalListSlotClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cal_list_slot_dispose;
  object_class->get_property = cal_list_slot_get_property;

  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL,
                         G_TYPE_OBJECT,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cal_list_slot_init (CalListSlot *self)
{
}

/**
 * cal_list_slot_get_item:
 * @self: a #CalListSlot
 *
 * Returns: (transfer none) (nullable): the item the slot shows
 */
gpointer
cal_list_slot_get_item (CalListSlot *self)
{
  g_return_val_if_fail (CAL_IS_LIST_SLOT (self), NULL);

  return self->item;
}

/**
 * cal_list_slot_set_item:
 * @self: a #CalListSlot
 * @item: (nullable) (type GObject): the item to show
 *
 * Only its #CalSlotModel calls this.
 */
void
cal_list_slot_set_item (CalListSlot *self,
                        gpointer     item)
{
  g_return_if_fail (CAL_IS_LIST_SLOT (self));
  g_return_if_fail (item == NULL || G_IS_OBJECT (item));

  if (g_set_object (&self->item, item))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM]);
}
