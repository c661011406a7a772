/* cal-guide.c: the bar for one track at one level
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-guide"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "cal-guide.h"

/* A guide is composed, not stored: tracks.json holds the loops, levels.json
 * the rungs, and guides.json adds what neither says — the hidden bar and
 * framing per level, what a strong answer does per round kind, and what each
 * track grades hardest per band. Factoring it this way covers every track ×
 * level pair without a copy of the same advice per pair. */

struct _CalGuide
{
  GObject     parent_instance;

  char       *track_id;
  char       *track_name;
  char       *level_id;
  char       *level_name;
  char       *band_id;
  char       *band_name;
  char       *scope;
  char       *horizon;
  char       *owns;
  char       *influence;
  GStrv       signals;
  char       *below_name;
  char       *vs_below;
  char       *above_name;
  char       *vs_above;
  GPtrArray  *rounds;
  int         total_minutes;
  char       *hardest;
  char       *focus_kind;
  char       *focus_name;
  char       *track_artifact;
  char       *hidden_bar_title;
  char       *hidden_bar;
  CalGuideArtifactKind artifact_kind;
  char       *artifact_title;
  char       *artifact;
  char       *framing_before;
  char       *framing_after;
  char       *framing_why;
};

G_DEFINE_FINAL_TYPE (CalGuide, cal_guide, G_TYPE_OBJECT)

G_DEFINE_QUARK (cal-guide-error-quark, cal_guide_error)

/* The parsed guides.json and the band names of levels.json, kept with the
 * catalog they were read from so that every guide shares one parse. */
typedef struct
{
  JsonNode   *root;
  GHashTable *band_names;
  GError     *error;
} GuideBook;

static GMutex book_lock;

static void
guide_book_free (gpointer data)
{
  GuideBook *book = data;

  g_clear_pointer (&book->root, json_node_unref);
  g_clear_pointer (&book->band_names, g_hash_table_unref);
  g_clear_error (&book->error);
  g_free (book);
}

static JsonNode *
parse_catalog_file (CalCatalog  *catalog,
                    const char  *name,
                    GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) local_error = NULL;
  JsonNode *root;

  bytes = cal_catalog_load_file (catalog, name, error);
  if (bytes == NULL)
    return NULL;

  if (!json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &local_error))
    {
      g_set_error (error, CAL_GUIDE_ERROR, CAL_GUIDE_ERROR_INVALID,
                   _("The catalog file “%s” is not valid JSON: %s"), name, local_error->message);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, CAL_GUIDE_ERROR, CAL_GUIDE_ERROR_INVALID,
                   _("The catalog file “%s” must hold a JSON object"), name);
      return NULL;
    }

  return json_node_copy (root);
}

static GuideBook *
guide_book_load (CalCatalog *catalog)
{
  GuideBook *book = g_new0 (GuideBook, 1);
  g_autoptr(JsonNode) levels = NULL;
  JsonObject *levels_object;

  book->band_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  book->root = parse_catalog_file (catalog, "guides.json", &book->error);
  if (book->root == NULL)
    return book;

  /* The catalog exposes band ids only; their names live beside them. */
  levels = parse_catalog_file (catalog, "levels.json", NULL);
  levels_object = levels != NULL ? json_node_get_object (levels) : NULL;
  if (levels_object != NULL && json_object_has_member (levels_object, "bands"))
    {
      JsonArray *bands = json_object_get_array_member (levels_object, "bands");

      for (guint i = 0; bands != NULL && i < json_array_get_length (bands); i++)
        {
          JsonObject *band = json_array_get_object_element (bands, i);

          if (band != NULL && json_object_has_member (band, "id") && json_object_has_member (band, "name"))
            g_hash_table_insert (book->band_names,
                                 g_strdup (json_object_get_string_member (band, "id")),
                                 g_strdup (json_object_get_string_member (band, "name")));
        }
    }

  return book;
}

static GuideBook *
guide_book_get (CalCatalog *catalog)
{
  static GQuark quark;
  GuideBook *book;

  if (quark == 0)
    quark = g_quark_from_static_string ("cal-guide-book");

  g_mutex_lock (&book_lock);
  book = g_object_get_qdata (G_OBJECT (catalog), quark);
  if (book == NULL)
    {
      book = guide_book_load (catalog);
      g_object_set_qdata_full (G_OBJECT (catalog), quark, book, guide_book_free);
    }
  g_mutex_unlock (&book_lock);

  return book;
}

static JsonObject *
object_member (JsonObject *object,
               const char *name)
{
  JsonNode *node;

  if (object == NULL)
    return NULL;
  node = json_object_get_member (object, name);
  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static const char *
string_member (JsonObject *object,
               const char *name)
{
  JsonNode *node;
  const char *value;

  if (object == NULL)
    return NULL;
  node = json_object_get_member (object, name);
  if (node == NULL || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  value = json_node_get_string (node);
  return value != NULL && *value != '\0' ? value : NULL;
}

/* Copies a required string, or fails naming where it is missing, so a gap
 * in guides.json shows up as a clear error instead of an empty row. */
static gboolean
take_required (char       **out,
               JsonObject  *object,
               const char  *name,
               const char  *where,
               GError     **error)
{
  const char *value = string_member (object, name);

  if (value == NULL)
    {
      g_set_error (error, CAL_GUIDE_ERROR, CAL_GUIDE_ERROR_INVALID,
                   _("The role guides lack “%s” for %s"), name, where);
      return FALSE;
    }

  *out = g_strdup (value);
  return TRUE;
}

static void
guide_round_free (gpointer data)
{
  CalGuideRound *round = data;

  g_free (round->kind);
  g_free (round->kind_name);
  g_free (round->title);
  g_free (round->tests);
  g_free (round->strong);
  g_free (round->strong_general);
  g_free (round);
}

/* Builds the loop of @track at @band with what a strong answer does in each
 * round, marking @focus_kind as the one to prepare most. */
static GPtrArray *
build_rounds (CalCatalog  *catalog,
              GuideBook   *book,
              const char  *track_id,
              const char  *band_id,
              const char  *focus_kind,
              int         *total_minutes,
              GError     **error)
{
  g_autoptr(GPtrArray) rounds = g_ptr_array_new_with_free_func (guide_round_free);
  JsonObject *general = object_member (json_node_get_object (book->root), "round_kinds");
  GPtrArray *loop = cal_catalog_get_loop (catalog, track_id, band_id);
  int minutes = 0;

  for (guint i = 0; loop != NULL && i < loop->len; i++)
    {
      const CalCatalogLoopRound *source = g_ptr_array_index (loop, i);
      const CalCatalogRoundKind *kind = cal_catalog_get_round_kind (catalog, source->kind);
      CalGuideRound *round;
      const char *strong_general = string_member (general, source->kind);

      if (kind == NULL)
        {
          g_set_error (error, CAL_GUIDE_ERROR, CAL_GUIDE_ERROR_INVALID,
                       _("The loop of %s at %s names an unknown round kind “%s”"),
                       track_id, band_id, source->kind);
          return NULL;
        }
      if (strong_general == NULL)
        {
          g_set_error (error, CAL_GUIDE_ERROR, CAL_GUIDE_ERROR_INVALID,
                       _("The role guides lack what a strong answer does in a “%s” round"), source->kind);
          return NULL;
        }

      round = g_new0 (CalGuideRound, 1);
      round->kind = g_strdup (source->kind);
      round->kind_name = g_strdup (kind->name);
      round->title = g_strdup (source->title != NULL && *source->title ? source->title : kind->name);
      round->minutes = source->minutes;
      round->tests = g_strdup (source->tests != NULL && *source->tests ? source->tests : kind->tests);
      round->strong = g_strdup (source->strong != NULL && *source->strong ? source->strong : strong_general);
      round->strong_general = g_strdup (strong_general);
      round->focus = g_strcmp0 (source->kind, focus_kind) == 0;
      minutes += MAX (source->minutes, 0);
      g_ptr_array_add (rounds, round);
    }

  if (rounds->len == 0)
    {
      g_set_error (error, CAL_GUIDE_ERROR, CAL_GUIDE_ERROR_NOT_APPLICABLE,
                   _("The catalog has no interview loop for %s at the %s band"), track_id, band_id);
      return NULL;
    }

  *total_minutes = minutes;
  return g_steal_pointer (&rounds);
}

/* The track × band entry of guides.json. */
static JsonObject *
track_band_entry (GuideBook  *book,
                  const char *track_id,
                  const char *band_id)
{
  JsonObject *tracks = object_member (json_node_get_object (book->root), "tracks");

  return object_member (object_member (tracks, track_id), band_id);
}

/* The neighbour of @level on its own ladder, one rank away in @direction. */
static const CalCatalogLevel *
neighbour_level (CalCatalog            *catalog,
                 const CalCatalogLevel *level,
                 int                    direction)
{
  GPtrArray *levels = cal_catalog_get_levels (catalog);

  for (guint i = 0; i < levels->len; i++)
    {
      const CalCatalogLevel *other = g_ptr_array_index (levels, i);

      if (g_strcmp0 (other->ladder, level->ladder) == 0 && other->rank == level->rank + direction)
        return other;
    }

  return NULL;
}

static void
cal_guide_finalize (GObject *object)
{
  CalGuide *self = CAL_GUIDE (object);

  g_free (self->track_id);
  g_free (self->track_name);
  g_free (self->level_id);
  g_free (self->level_name);
  g_free (self->band_id);
  g_free (self->band_name);
  g_free (self->scope);
  g_free (self->horizon);
  g_free (self->owns);
  g_free (self->influence);
  g_strfreev (self->signals);
  g_free (self->below_name);
  g_free (self->vs_below);
  g_free (self->above_name);
  g_free (self->vs_above);
  g_clear_pointer (&self->rounds, g_ptr_array_unref);
  g_free (self->hardest);
  g_free (self->focus_kind);
  g_free (self->focus_name);
  g_free (self->track_artifact);
  g_free (self->hidden_bar_title);
  g_free (self->hidden_bar);
  g_free (self->artifact_title);
  g_free (self->artifact);
  g_free (self->framing_before);
  g_free (self->framing_after);
  g_free (self->framing_why);

  G_OBJECT_CLASS (cal_guide_parent_class)->finalize (object);
}

static void
cal_guide_class_init (CalGuideClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cal_guide_finalize;
}

static void
cal_guide_init (CalGuide *self)
{
}

/**
 * cal_guide_applies:
 * @catalog: a loaded #CalCatalog
 * @track_id: a track id
 * @level_id: a level id
 *
 * A level applies to a track when the track has an interview loop for the
 * level's band: IC tracks cover the IC ladder, management tracks the
 * management ladder, and the few tracks with both (product management has
 * group and director loops) cover both.
 *
 * Returns: whether a guide exists for the pair
 */
gboolean
cal_guide_applies (CalCatalog *catalog,
                   const char *track_id,
                   const char *level_id)
{
  const char *band;

  g_return_val_if_fail (CAL_IS_CATALOG (catalog), FALSE);

  if (track_id == NULL || level_id == NULL || cal_catalog_get_track (catalog, track_id) == NULL)
    return FALSE;
  band = cal_catalog_get_band_for_level (catalog, level_id);
  return band != NULL && cal_catalog_get_loop (catalog, track_id, band) != NULL;
}

/**
 * cal_guide_list_levels:
 * @catalog: a loaded #CalCatalog
 * @track_id: a track id
 *
 * Returns: (transfer container) (element-type CalCatalogLevel): the levels
 *   that apply to @track_id, in the catalog's order
 */
GPtrArray *
cal_guide_list_levels (CalCatalog *catalog,
                       const char *track_id)
{
  GPtrArray *levels = cal_catalog_get_levels (catalog);
  GPtrArray *result = g_ptr_array_new ();

  g_return_val_if_fail (CAL_IS_CATALOG (catalog), result);

  for (guint i = 0; i < levels->len; i++)
    {
      const CalCatalogLevel *level = g_ptr_array_index (levels, i);

      if (cal_guide_applies (catalog, track_id, level->id))
        g_ptr_array_add (result, (gpointer) level);
    }

  return result;
}

/**
 * cal_guide_lookup_band_name:
 * @catalog: a loaded #CalCatalog
 * @band_id: a band id such as "staff-plus"
 *
 * Returns: (nullable): the band's display name, e.g. "Staff and above"
 */
const char *
cal_guide_lookup_band_name (CalCatalog *catalog,
                            const char *band_id)
{
  GuideBook *book;

  g_return_val_if_fail (CAL_IS_CATALOG (catalog), NULL);

  if (band_id == NULL)
    return NULL;
  book = guide_book_get (catalog);
  return g_hash_table_lookup (book->band_names, band_id);
}

/**
 * cal_guide_new:
 * @catalog: a loaded #CalCatalog
 * @track_id: a track id such as "software-engineer"
 * @level_id: a level id such as "senior"
 * @error: return location for a #GError
 *
 * Composes the guide for one track at one level: what the level owns, how
 * it differs from the rungs below and above, the typical loop with what a
 * strong answer does in each round, what the track grades hardest, the
 * hidden bar, the artifact to bring and a before/after framing.
 *
 * Returns: (transfer full): the guide, or %NULL with
 *   %CAL_GUIDE_ERROR_NOT_APPLICABLE when the track has no loop at the
 *   level's band (the message says which levels do apply)
 */
CalGuide *
cal_guide_new (CalCatalog  *catalog,
               const char  *track_id,
               const char  *level_id,
               GError     **error)
{
  g_autoptr(CalGuide) self = NULL;
  const CalCatalogTrack *track;
  const CalCatalogLevel *level;
  const CalCatalogLevel *below;
  const CalCatalogLevel *above;
  const CalCatalogRoundKind *focus;
  GuideBook *book;
  JsonObject *level_entry;
  JsonObject *track_entry;
  JsonObject *hidden;
  JsonObject *artifact;
  JsonObject *framing;
  const char *band;
  const char *kind;
  g_autofree char *level_where = NULL;
  g_autofree char *track_where = NULL;

  g_return_val_if_fail (CAL_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  track = track_id != NULL ? cal_catalog_get_track (catalog, track_id) : NULL;
  if (track == NULL)
    {
      g_set_error (error, CAL_GUIDE_ERROR, CAL_GUIDE_ERROR_UNKNOWN_TRACK,
                   _("There is no role called “%s”"), track_id != NULL ? track_id : "");
      return NULL;
    }
  level = level_id != NULL ? cal_catalog_get_level (catalog, level_id) : NULL;
  if (level == NULL)
    {
      g_set_error (error, CAL_GUIDE_ERROR, CAL_GUIDE_ERROR_UNKNOWN_LEVEL,
                   _("There is no level called “%s”"), level_id != NULL ? level_id : "");
      return NULL;
    }

  band = cal_catalog_get_band_for_level (catalog, level_id);
  if (!cal_guide_applies (catalog, track_id, level_id))
    {
      g_autoptr(GPtrArray) levels = cal_guide_list_levels (catalog, track_id);
      g_autoptr(GString) names = g_string_new (NULL);

      for (guint i = 0; i < levels->len; i++)
        {
          const CalCatalogLevel *other = g_ptr_array_index (levels, i);

          if (names->len > 0)
            g_string_append (names, ", ");
          g_string_append (names, other->name);
        }

      g_set_error (error, CAL_GUIDE_ERROR, CAL_GUIDE_ERROR_NOT_APPLICABLE,
                   g_strcmp0 (level->ladder, "management") == 0
                   ? _("%s is an individual-contributor role and has no %s level. Its guides cover: %s.")
                   : _("%s is a management role and has no %s level. Its guides cover: %s."),
                   track->name, level->name, names->str);
      return NULL;
    }

  book = guide_book_get (catalog);
  if (book->root == NULL)
    {
      g_set_error_literal (error, CAL_GUIDE_ERROR, CAL_GUIDE_ERROR_INVALID,
                           book->error != NULL ? book->error->message : _("The role guides are missing"));
      return NULL;
    }

  level_entry = object_member (object_member (json_node_get_object (book->root), "levels"), level_id);
  track_entry = track_band_entry (book, track_id, band);
  level_where = g_strdup_printf (_("the level %s"), level->name);
  track_where = g_strdup_printf (_("%s at the %s band"), track->name, band);
  hidden = object_member (level_entry, "hidden_bar");
  artifact = object_member (level_entry, "artifact");
  framing = object_member (level_entry, "framing");

  self = g_object_new (CAL_TYPE_GUIDE, NULL);
  self->track_id = g_strdup (track->id);
  self->track_name = g_strdup (track->name);
  self->level_id = g_strdup (level->id);
  self->level_name = g_strdup (level->name);
  self->band_id = g_strdup (band);
  self->band_name = g_strdup (cal_guide_lookup_band_name (catalog, band));
  if (self->band_name == NULL)
    self->band_name = g_strdup (band);
  self->scope = g_strdup (level->scope);
  self->horizon = g_strdup (level->horizon);
  self->owns = g_strdup (level->owns);
  self->signals = g_strdupv (level->signals);

  below = neighbour_level (catalog, level, -1);
  above = neighbour_level (catalog, level, +1);
  self->below_name = below != NULL ? g_strdup (below->name) : NULL;
  self->above_name = above != NULL ? g_strdup (above->name) : NULL;

  if (!take_required (&self->influence, level_entry, "influence", level_where, error) ||
      !take_required (&self->vs_below, level_entry, "vs_below", level_where, error) ||
      !take_required (&self->vs_above, level_entry, "vs_above", level_where, error) ||
      !take_required (&self->hidden_bar_title, hidden, "title", level_where, error) ||
      !take_required (&self->hidden_bar, hidden, "text", level_where, error) ||
      !take_required (&self->artifact_title, artifact, "title", level_where, error) ||
      !take_required (&self->artifact, artifact, "text", level_where, error) ||
      !take_required (&self->framing_before, framing, "before", level_where, error) ||
      !take_required (&self->framing_after, framing, "after", level_where, error) ||
      !take_required (&self->framing_why, framing, "why", level_where, error) ||
      !take_required (&self->hardest, track_entry, "hardest", track_where, error) ||
      !take_required (&self->focus_kind, track_entry, "focus", track_where, error) ||
      !take_required (&self->track_artifact, track_entry, "artifact", track_where, error))
    return NULL;

  kind = string_member (artifact, "kind");
  if (g_strcmp0 (kind, "plan") == 0)
    self->artifact_kind = CAL_GUIDE_ARTIFACT_PLAN;
  else if (g_strcmp0 (kind, "story") == 0)
    self->artifact_kind = CAL_GUIDE_ARTIFACT_STORY;
  else if (g_strcmp0 (kind, "practice") == 0)
    self->artifact_kind = CAL_GUIDE_ARTIFACT_PRACTICE;
  else
    {
      g_set_error (error, CAL_GUIDE_ERROR, CAL_GUIDE_ERROR_INVALID,
                   _("The artifact of %s must be a plan, a story or a practice session"), level_where);
      return NULL;
    }

  focus = cal_catalog_get_round_kind (catalog, self->focus_kind);
  if (focus == NULL)
    {
      g_set_error (error, CAL_GUIDE_ERROR, CAL_GUIDE_ERROR_INVALID,
                   _("The role guides name an unknown round kind “%s” for %s"), self->focus_kind, track_where);
      return NULL;
    }
  self->focus_name = g_strdup (focus->name);

  self->rounds = build_rounds (catalog, book, track_id, band, self->focus_kind, &self->total_minutes, error);
  if (self->rounds == NULL)
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * cal_guide_row_free:
 * @row: (transfer full): a side-by-side row
 */
void
cal_guide_row_free (CalGuideRow *row)
{
  if (row == NULL)
    return;

  g_free (row->track_id);
  g_free (row->track_name);
  g_free (row->band_id);
  g_clear_pointer (&row->rounds, g_ptr_array_unref);
  g_free (row->hardest);
  g_free (row->focus_kind);
  g_free (row->focus_name);
  g_free (row->artifact);
  g_free (row);
}

/**
 * cal_guide_row_format_rounds:
 * @row: a side-by-side row
 *
 * Returns: (transfer full): the loop, one round a line, e.g.
 *   "System design · 45 min"
 */
char *
cal_guide_row_format_rounds (CalGuideRow *row)
{
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (row != NULL, g_string_free (text, FALSE));

  for (guint i = 0; i < row->rounds->len; i++)
    {
      CalGuideRound *round = g_ptr_array_index (row->rounds, i);

      if (text->len > 0)
        g_string_append_c (text, '\n');
      /* Translators: one round of a loop: its name and its length in minutes */
      g_string_append_printf (text, _("%s · %d min"), round->kind_name, round->minutes);
    }

  return g_string_free (text, FALSE);
}

/**
 * cal_guide_side_by_side:
 * @catalog: a loaded #CalCatalog
 * @band_id: a band id such as "senior"
 * @error: return location for a #GError
 *
 * Lists every track that has a loop at @band_id, in the catalog's order,
 * with its rounds, what it grades hardest and the artifact to bring.
 *
 * Returns: (transfer container) (element-type CalGuideRow): the rows,
 *   or %NULL with @error set when the guides are incomplete
 */
GPtrArray *
cal_guide_side_by_side (CalCatalog  *catalog,
                        const char  *band_id,
                        GError     **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  GPtrArray *tracks;
  GuideBook *book;

  g_return_val_if_fail (CAL_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (band_id != NULL, NULL);

  book = guide_book_get (catalog);
  if (book->root == NULL)
    {
      g_set_error_literal (error, CAL_GUIDE_ERROR, CAL_GUIDE_ERROR_INVALID,
                           book->error != NULL ? book->error->message : _("The role guides are missing"));
      return NULL;
    }

  rows = g_ptr_array_new_with_free_func ((GDestroyNotify) cal_guide_row_free);
  tracks = cal_catalog_get_tracks (catalog);
  for (guint i = 0; i < tracks->len; i++)
    {
      const CalCatalogTrack *track = g_ptr_array_index (tracks, i);
      JsonObject *entry;
      const CalCatalogRoundKind *focus;
      g_autoptr(CalGuideRow) row = NULL;
      g_autofree char *where = NULL;

      if (cal_catalog_get_loop (catalog, track->id, band_id) == NULL)
        continue;

      entry = track_band_entry (book, track->id, band_id);
      where = g_strdup_printf (_("%s at the %s band"), track->name, band_id);
      row = g_new0 (CalGuideRow, 1);
      row->track_id = g_strdup (track->id);
      row->track_name = g_strdup (track->name);
      row->band_id = g_strdup (band_id);
      if (!take_required (&row->hardest, entry, "hardest", where, error) ||
          !take_required (&row->focus_kind, entry, "focus", where, error) ||
          !take_required (&row->artifact, entry, "artifact", where, error))
        return NULL;

      focus = cal_catalog_get_round_kind (catalog, row->focus_kind);
      if (focus == NULL)
        {
          g_set_error (error, CAL_GUIDE_ERROR, CAL_GUIDE_ERROR_INVALID,
                       _("The role guides name an unknown round kind “%s” for %s"), row->focus_kind, where);
          return NULL;
        }
      row->focus_name = g_strdup (focus->name);

      row->rounds = build_rounds (catalog, book, track->id, band_id, row->focus_kind, &row->minutes, error);
      if (row->rounds == NULL)
        return NULL;

      g_ptr_array_add (rows, g_steal_pointer (&row));
    }

  return g_steal_pointer (&rows);
}

#define GETTER(type, name, field) \
  type \
  cal_guide_get_##name (CalGuide *self) \
  { \
    g_return_val_if_fail (CAL_IS_GUIDE (self), (type) 0); \
    return self->field; \
  }

GETTER (const char *, track_id, track_id)
GETTER (const char *, track_name, track_name)
GETTER (const char *, level_id, level_id)
GETTER (const char *, level_name, level_name)
GETTER (const char *, band_id, band_id)
GETTER (const char *, band_name, band_name)
GETTER (const char *, scope, scope)
GETTER (const char *, horizon, horizon)
GETTER (const char *, owns, owns)
GETTER (const char *, influence, influence)
GETTER (const char *, below_name, below_name)
GETTER (const char *, vs_below, vs_below)
GETTER (const char *, above_name, above_name)
GETTER (const char *, vs_above, vs_above)
GETTER (GPtrArray *, rounds, rounds)
GETTER (int, total_minutes, total_minutes)
GETTER (const char *, hardest, hardest)
GETTER (const char *, focus_kind, focus_kind)
GETTER (const char *, focus_name, focus_name)
GETTER (const char *, track_artifact, track_artifact)
GETTER (const char *, hidden_bar_title, hidden_bar_title)
GETTER (const char *, hidden_bar, hidden_bar)
GETTER (CalGuideArtifactKind, artifact_kind, artifact_kind)
GETTER (const char *, artifact_title, artifact_title)
GETTER (const char *, artifact, artifact)
GETTER (const char *, framing_before, framing_before)
GETTER (const char *, framing_after, framing_after)
GETTER (const char *, framing_why, framing_why)

/**
 * cal_guide_get_signals:
 * @self: a #CalGuide
 *
 * Returns: (transfer none): what interviewers look for at the level
 */
const char * const *
cal_guide_get_signals (CalGuide *self)
{
  g_return_val_if_fail (CAL_IS_GUIDE (self), NULL);

  return (const char * const *) self->signals;
}
