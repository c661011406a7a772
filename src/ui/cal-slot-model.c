/* cal-slot-model.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-slot-model"

#include "config.h"

#include "cal-slot-model.h"

/* CalSlotModel shows a list model to a GtkListView through stable
 * CalListSlots: slot i holds item i of the source. When the source
 * changes, the slots that stay keep their identity and only change the
 * item they hold, and the list view sees items added or removed at the
 * end only.
 *
 * Why: GTK 4.8's list view keeps a row widget for up to 200 items around
 * the top of what is shown, and builds a new widget for every item it
 * has not seen before; it recycles none. A search that changes which
 * items are shown therefore built up to 200 rows, 150-400 ms on the
 * machines we measured. Through slots, the rows stay and are only bound
 * to another item.
 *
 * The slots also grow in steps: when the source grows, at most @chunk
 * slots are added at once and the rest on low-priority idles, so the
 * first frame of a list of thousands waits for the rows it shows, not
 * for the 200 the list view builds. Past @warm slots (the rows the list
 * view builds at most) the rest is added at once, which costs the list
 * view nothing until the user scrolls there. */

struct _CalSlotModel
{
  GObject     parent_instance;

  GListModel *source;
  GPtrArray  *slots;     /* of CalListSlot, the ones shown */
  guint       chunk;
  guint       warm;
  guint       grow_id;
};

static void cal_slot_model_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CalSlotModel, cal_slot_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, cal_slot_model_list_model_init))

static GType
cal_slot_model_get_item_type (GListModel *model)
{
  return CAL_TYPE_LIST_SLOT;
}

static guint
cal_slot_model_get_n_items (GListModel *model)
{
  return CAL_SLOT_MODEL (model)->slots->len;
}

static gpointer
cal_slot_model_get_item (GListModel *model,
                         guint       position)
{
  CalSlotModel *self = CAL_SLOT_MODEL (model);

  if (position >= self->slots->len)
    return NULL;
  return g_object_ref (self->slots->pdata[position]);
}

static void
cal_slot_model_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = cal_slot_model_get_item_type;
  iface->get_n_items = cal_slot_model_get_n_items;
  iface->get_item = cal_slot_model_get_item;
}

static void
fill_slots (CalSlotModel *self,
            guint         from,
            guint         to)
{
  for (guint i = from; i < to; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (self->source, i);

      cal_list_slot_set_item (self->slots->pdata[i], item);
    }
}

static gboolean grow_cb (gpointer data);

/* Shows @n_wanted slots: removes the extra ones, or adds up to a chunk
 * (all of them past @warm) and leaves the rest to an idle. */
static void
resize (CalSlotModel *self,
        guint         n_wanted)
{
  guint n_old = self->slots->len;
  guint n_new = n_wanted;

  if (n_wanted > n_old && n_old < self->warm)
    n_new = MIN (n_wanted, n_old + self->chunk);

  if (n_new < n_old)
    {
      g_ptr_array_remove_range (self->slots, n_new, n_old - n_new);
      g_list_model_items_changed (G_LIST_MODEL (self), n_new, n_old - n_new, 0);
    }
  else if (n_new > n_old)
    {
      for (guint i = n_old; i < n_new; i++)
        g_ptr_array_add (self->slots, g_object_new (CAL_TYPE_LIST_SLOT, NULL));
      fill_slots (self, n_old, n_new);
      g_list_model_items_changed (G_LIST_MODEL (self), n_old, 0, n_new - n_old);
    }

  if (n_new < n_wanted && self->grow_id == 0)
    self->grow_id = g_idle_add_full (G_PRIORITY_LOW, grow_cb, self, NULL);
  else if (n_new >= n_wanted)
    g_clear_handle_id (&self->grow_id, g_source_remove);
}

static gboolean
grow_cb (gpointer data)
{
  CalSlotModel *self = data;

  self->grow_id = 0;
  resize (self, g_list_model_get_n_items (self->source));

  return G_SOURCE_REMOVE;
}

static void
on_source_items_changed (CalSlotModel *self,
                         guint         position,
                         guint         removed,
                         guint         added,
                         GListModel   *source)
{
  /* The slots that stay take their new items first, then the count
   * changes at the end. */
  fill_slots (self, MIN (position, self->slots->len),
              MIN (self->slots->len, g_list_model_get_n_items (source)));
  resize (self, g_list_model_get_n_items (source));
}

static void
cal_slot_model_dispose (GObject *object)
{
  CalSlotModel *self = CAL_SLOT_MODEL (object);

  g_clear_handle_id (&self->grow_id, g_source_remove);
  if (self->source != NULL)
    g_signal_handlers_disconnect_by_data (self->source, self);
  g_clear_object (&self->source);
  g_clear_pointer (&self->slots, g_ptr_array_unref);

  G_OBJECT_CLASS (cal_slot_model_parent_class)->dispose (object);
}

static void
cal_slot_model_class_init (CalSlotModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cal_slot_model_dispose;
}

static void
cal_slot_model_init (CalSlotModel *self)
{
  self->slots = g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * cal_slot_model_new:
 * @source: the model to show
 * @chunk: the most slots added at once while fewer than @warm are shown
 * @warm: past this many slots, add the rest at once
 *
 * Returns: (transfer full): a #GListModel of #CalListSlot over @source
 */
CalSlotModel *
cal_slot_model_new (GListModel *source,
                    guint       chunk,
                    guint       warm)
{
  CalSlotModel *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (source), NULL);
  g_return_val_if_fail (chunk > 0, NULL);

  self = g_object_new (CAL_TYPE_SLOT_MODEL, NULL);
  self->source = g_object_ref (source);
  self->chunk = chunk;
  self->warm = warm;
  g_signal_connect_swapped (source, "items-changed", G_CALLBACK (on_source_items_changed), self);
  resize (self, g_list_model_get_n_items (source));

  return self;
}
