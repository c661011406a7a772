/* cal-stories-view-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cal-slot-model.h"
#include "cal-stories-view.h"

G_BEGIN_DECLS

struct _CalStoriesView
{
  CalSection       parent_instance;

  GtkWidget       *sidebar_button;
  GtkWidget       *back_button;
  AdwWindowTitle  *window_title;
  GtkWidget       *new_button;
  GtkWidget       *coverage_button;
  GtkWidget       *delete_button;
  GtkStack        *stack;
  GtkSearchEntry  *search_entry;
  GtkDropDown     *tag_dropdown;
  GtkStack        *list_stack;
  GtkListView     *list_view;
  CalStoryEditor  *editor;
  CalCoverageView *coverage;

  GListStore         *stories;   /* every summary, as last read */
  GHashTable         *by_id;     /* gint64 * → CalStory * in stories */
  GHashTable         *matches;   /* gint64 * → rank + 1; NULL when not searching */
  GtkCustomFilter    *filter;
  GtkFilterListModel *filtered;
  GtkCustomSorter    *sorter;
  GtkSortListModel   *sorted;    /* what the list shows */
  CalSlotModel       *slots;     /* the same, as the list view's rows */
  GtkStringList   *tag_names;    /* "All tags" first */
  char            *tag;          /* the tag filter, NULL for all */
  gboolean         filling_tags;
  gboolean         bank_empty;

  gint64           pending_delete;
  AdwToast        *delete_toast;

  GCancellable    *load_cancellable; /* the read in flight, if any */
  guint            load_serial;      /* the newest read started */
  gboolean         loaded;           /* the bank was read at least once */
  gboolean         open_first_when_loaded;
};

/* Shared by cal-stories-view.c, cal-stories-view-bank.c and
 * cal-stories-view-delete.c. */
enum {
  CAL_STORIES_VIEW_PROP_0,
  CAL_STORIES_VIEW_PROP_LOADING,
  CAL_STORIES_VIEW_N_PROPS
};

extern GParamSpec *cal_stories_view_properties[CAL_STORIES_VIEW_N_PROPS];

/* cal-stories-view.c */
CalStore *cal_stories_view_get_store         (CalStoriesView           *self);
void      cal_stories_view_flush_edits       (CalStoriesView           *self);
void      cal_stories_view_show_page         (CalStoriesView           *self,
                                              const char               *page);

/* cal-stories-view-bank.c */
void      cal_stories_view_update_list_page  (CalStoriesView           *self);
gboolean  cal_stories_view_filter_story      (gpointer                  item,
                                              gpointer                  user_data);
int       cal_stories_view_compare_stories   (gconstpointer             a,
                                              gconstpointer             b,
                                              gpointer                  user_data);
gboolean  cal_stories_view_attach_filter     (CalStoriesView           *self);
void      cal_stories_view_refilter          (CalStoriesView           *self);
void      cal_stories_view_reload_list       (CalStoriesView           *self);
void      cal_stories_view_apply_search      (CalStoriesView           *self,
                                              gboolean                  may_reload);
void      cal_stories_view_setup_row_cb      (GtkSignalListItemFactory *factory,
                                              GtkListItem              *item,
                                              gpointer                  user_data);
void      cal_stories_view_bind_row_cb       (GtkSignalListItemFactory *factory,
                                              GtkListItem              *item,
                                              gpointer                  user_data);
void      cal_stories_view_unbind_row_cb     (GtkSignalListItemFactory *factory,
                                              GtkListItem              *item,
                                              gpointer                  user_data);

/* cal-stories-view-delete.c */
void      cal_stories_view_commit_delete     (CalStoriesView           *self,
                                              gboolean                  forget);
void      cal_stories_view_delete_story      (CalStoriesView           *self,
                                              gint64                    id);

G_END_DECLS
