/* test-slot-model.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * CalSlotModel, which keeps the Stories list's rows through searches:
 * its slots keep their identity, take their source's new items, and
 * the count changes at the end only.
 */

#include "config.h"

#include "cal-slot-model.h"

typedef struct
{
  guint position;
  guint removed;
  guint added;
  guint n_emissions;
} Change;

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Change     *change)
{
  change->position = position;
  change->removed = removed;
  change->added = added;
  change->n_emissions++;
}

static GListStore *
make_source (guint n)
{
  GListStore *source = g_list_store_new (G_TYPE_OBJECT);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_object_new (G_TYPE_OBJECT, NULL);

      g_list_store_append (source, item);
    }
  return source;
}

static void
assert_mirrors (GListModel *slots,
                GListModel *source)
{
  g_assert_cmpuint (g_list_model_get_n_items (slots), ==, g_list_model_get_n_items (source));
  for (guint i = 0; i < g_list_model_get_n_items (slots); i++)
    {
      g_autoptr(CalListSlot) slot = g_list_model_get_item (slots, i);
      g_autoptr(GObject) item = g_list_model_get_item (source, i);

      g_assert_true (cal_list_slot_get_item (slot) == item);
    }
}

static void
test_grows_in_chunks (void)
{
  g_autoptr(GListStore) source = make_source (100);
  g_autoptr(CalSlotModel) slots = cal_slot_model_new (G_LIST_MODEL (source), 10, 30);
  guint steps = 0;

  /* A chunk at once, then a chunk per idle up to "warm", then the rest. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (slots)), ==, 10);
  while (g_list_model_get_n_items (G_LIST_MODEL (slots)) < 100 && steps < 100)
    {
      g_main_context_iteration (NULL, TRUE);
      steps++;
    }
  g_assert_cmpuint (steps, ==, 3);
  assert_mirrors (G_LIST_MODEL (slots), G_LIST_MODEL (source));
}

static void
test_slots_keep_identity (void)
{
  g_autoptr(GListStore) source = make_source (40);
  g_autoptr(CalSlotModel) slots = cal_slot_model_new (G_LIST_MODEL (source), 100, 100);
  g_autoptr(GPtrArray) before = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GListStore) other = make_source (5);
  Change change = { 0 };

  for (guint i = 0; i < 40; i++)
    g_ptr_array_add (before, g_list_model_get_item (G_LIST_MODEL (slots), i));
  g_signal_connect (slots, "items-changed", G_CALLBACK (on_items_changed), &change);

  /* New items at the top: the slots stay and show them; the list view
   * hears of no change but the two extra items at the end. */
  {
    gpointer items[5];

    for (guint i = 0; i < 5; i++)
      items[i] = g_list_model_get_item (G_LIST_MODEL (other), i);
    g_list_store_splice (source, 0, 3, items, 5);
    for (guint i = 0; i < 5; i++)
      g_object_unref (items[i]);
  }
  g_assert_cmpuint (change.n_emissions, ==, 1);
  g_assert_cmpuint (change.position, ==, 40);
  g_assert_cmpuint (change.removed, ==, 0);
  g_assert_cmpuint (change.added, ==, 2);
  assert_mirrors (G_LIST_MODEL (slots), G_LIST_MODEL (source));
  for (guint i = 0; i < 40; i++)
    {
      g_autoptr(CalListSlot) slot = g_list_model_get_item (G_LIST_MODEL (slots), i);

      g_assert_true (slot == before->pdata[i]);
    }

  /* Narrowed to three: the first three slots remain. */
  g_list_store_splice (source, 3, 39, NULL, 0);
  g_assert_cmpuint (change.n_emissions, ==, 2);
  g_assert_cmpuint (change.position, ==, 3);
  g_assert_cmpuint (change.removed, ==, 39);
  g_assert_cmpuint (change.added, ==, 0);
  assert_mirrors (G_LIST_MODEL (slots), G_LIST_MODEL (source));
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(CalListSlot) slot = g_list_model_get_item (G_LIST_MODEL (slots), i);

      g_assert_true (slot == before->pdata[i]);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/slot-model/grows-in-chunks", test_grows_in_chunks);
  g_test_add_func ("/slot-model/slots-keep-identity", test_slots_keep_identity);

  return g_test_run ();
}
