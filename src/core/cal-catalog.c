/* cal-catalog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-catalog"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cal-catalog.h"
#include "cal-tokens.h"

#define CATALOG_RESOURCE_PATH RESOURCE_BASE "/catalog/"

struct _CalCatalog
{
  GObject      parent_instance;

  /* Where the JSON comes from: the GResource (directory == NULL) or a
   * folder of the same files, for tests and fixtures. */
  char        *directory;

  /* Set once by load_once(); everything below is immutable afterwards. */
  gsize        loaded;
  GError      *load_error;

  GPtrArray   *round_kinds;
  GPtrArray   *tracks;
  GHashTable  *tracks_by_id;
  GPtrArray   *levels;
  GHashTable  *levels_by_id;
  GPtrArray   *aliases;
  GStrv        bands;
  GHashTable  *band_of_level;
  GPtrArray   *skills;
  GHashTable  *skills_by_id;
  GHashTable  *skills_by_alias;
  guint        max_alias_words;
  GPtrArray   *questions;
  GPtrArray   *competencies;
  GHashTable  *competencies_by_id;
};

G_DEFINE_FINAL_TYPE (CalCatalog, cal_catalog, G_TYPE_OBJECT)

G_DEFINE_QUARK (cal-catalog-error-quark, cal_catalog_error)


/* --- freeing ------------------------------------------------------------ */

static void
round_kind_free (CalCatalogRoundKind *k)
{
  g_free (k->id);
  g_free (k->name);
  g_free (k->tests);
  g_free (k);
}

static void
loop_round_free (CalCatalogLoopRound *r)
{
  g_free (r->kind);
  g_free (r->title);
  g_free (r->tests);
  g_free (r->strong);
  g_free (r);
}

static void
track_free (CalCatalogTrack *t)
{
  g_free (t->id);
  g_free (t->name);
  g_free (t->family);
  g_free (t->ladder);
  g_strfreev (t->title_patterns);
  g_strfreev (t->keywords);
  g_clear_pointer (&t->loops, g_hash_table_unref);
  g_free (t);
}

static void
level_free (CalCatalogLevel *l)
{
  g_free (l->id);
  g_free (l->name);
  g_free (l->ladder);
  g_free (l->band);
  g_free (l->scope);
  g_free (l->horizon);
  g_free (l->owns);
  g_free (l->next_step);
  g_strfreev (l->signals);
  g_free (l);
}

static void
alias_free (CalCatalogLevelAlias *a)
{
  g_free (a->pattern);
  g_free (a->level);
  g_free (a->note);
  g_free (a);
}

static void
skill_free (CalCatalogSkill *s)
{
  g_free (s->id);
  g_free (s->name);
  g_free (s->category);
  g_strfreev (s->aliases);
  g_free (s);
}

static void
question_free (CalCatalogQuestion *q)
{
  g_free (q->id);
  g_free (q->text);
  g_free (q->kind);
  g_free (q->round);
  g_free (q->competency);
  g_strfreev (q->tracks);
  g_strfreev (q->bands);
  g_strfreev (q->skills);
  g_free (q);
}

static void
competency_free (CalCatalogCompetency *c)
{
  g_free (c->id);
  g_free (c->name);
  g_free (c->description);
  g_free (c);
}

/* --- JSON helpers ------------------------------------------------------- */

static char *
dup_member (JsonObject *object,
            const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || JSON_NODE_TYPE (node) != JSON_NODE_VALUE ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return g_strdup (json_node_get_string (node));
}

static GStrv
dup_string_array (JsonObject *object,
                  const char *name)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonNode *node = json_object_get_member (object, name);

  if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);

          if (JSON_NODE_HOLDS_VALUE (element) &&
              json_node_get_value_type (element) == G_TYPE_STRING)
            g_strv_builder_add (builder, json_node_get_string (element));
        }
    }
  return g_strv_builder_end (builder);
}

static JsonArray *
get_array (JsonObject *object,
           const char *name)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return NULL;
  return json_node_get_array (node);
}

static JsonObject *
array_object (JsonArray *array,
              guint      i)
{
  JsonNode *node = json_array_get_element (array, i);

  return JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static gint64
int_member (JsonObject *object,
            const char *name,
            gint64      fallback)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return fallback;
  if (json_node_get_value_type (node) == G_TYPE_INT64)
    return json_node_get_int (node);
  if (json_node_get_value_type (node) == G_TYPE_DOUBLE)
    return (gint64) json_node_get_double (node);
  return fallback;
}

/* --- loading ------------------------------------------------------------ */

/**
 * cal_catalog_load_file:
 * @self: a catalog
 * @name: a file name such as "tracks.json"
 * @error: return location for a #GError
 *
 * Reads one catalog file from wherever this catalog comes from. Other modules
 * use it for their own rule files (the JD analyzer reads jd-rules.json).
 *
 * Returns: (transfer full): the contents, or %NULL with
 *   %CAL_CATALOG_ERROR_NOT_FOUND
 */
GBytes *
cal_catalog_load_file (CalCatalog  *self,
                       const char  *name,
                       GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  GBytes *bytes = NULL;

  g_return_val_if_fail (CAL_IS_CATALOG (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if (self->directory == NULL)
    {
      g_autofree char *path = g_strconcat (CATALOG_RESOURCE_PATH, name, NULL);

      bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, &local_error);
    }
  else
    {
      g_autofree char *path = g_build_filename (self->directory, name, NULL);
      char *contents = NULL;
      gsize length = 0;

      if (g_file_get_contents (path, &contents, &length, &local_error))
        bytes = g_bytes_new_take (contents, length);
    }

  if (bytes == NULL)
    g_set_error (error, CAL_CATALOG_ERROR, CAL_CATALOG_ERROR_NOT_FOUND,
                 _("The catalog file “%s” is missing: %s"), name, local_error->message);
  return bytes;
}

/* Parses one file into its root object. A missing file yields NULL without
 * an error: the catalog is assembled from several files and a build that
 * lacks one still serves the others. */
static JsonObject *
parse_file (CalCatalog  *self,
            JsonParser  *parser,
            const char  *name,
            GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  JsonNode *root;

  bytes = cal_catalog_load_file (self, name, NULL);
  if (bytes == NULL)
    {
      g_debug ("Catalog file %s not present", name);
      return NULL;
    }

  if (!json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL),
                                   g_bytes_get_size (bytes), &local_error))
    {
      g_set_error (error, CAL_CATALOG_ERROR, CAL_CATALOG_ERROR_INVALID,
                   _("The catalog file “%s” is not valid JSON: %s"), name, local_error->message);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, CAL_CATALOG_ERROR, CAL_CATALOG_ERROR_INVALID,
                   _("The catalog file “%s” must hold a JSON object"), name);
      return NULL;
    }
  return json_node_get_object (root);
}

static gboolean
require_id (JsonObject  *object,
            const char  *file,
            guint        index,
            char       **out_id,
            GError     **error)
{
  *out_id = object != NULL ? dup_member (object, "id") : NULL;
  if (*out_id == NULL)
    {
      g_set_error (error, CAL_CATALOG_ERROR, CAL_CATALOG_ERROR_INVALID,
                   _("Entry %u of the catalog file “%s” has no “id”"), index + 1, file);
      return FALSE;
    }
  return TRUE;
}

static gboolean
load_levels (CalCatalog  *self,
             GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GStrvBuilder) bands = g_strv_builder_new ();
  JsonObject *root;
  JsonArray *array;

  root = parse_file (self, parser, "levels.json", error);
  if (root == NULL)
    {
      self->bands = g_strv_builder_end (bands);
      return error == NULL || *error == NULL;
    }

  if ((array = get_array (root, "bands")))
    for (guint i = 0; i < json_array_get_length (array); i++)
      {
        JsonObject *object = array_object (array, i);
        g_autofree char *id = NULL;
        g_auto(GStrv) members = NULL;

        if (!require_id (object, "levels.json", i, &id, error))
          return FALSE;
        members = dup_string_array (object, "levels");
        for (guint j = 0; members[j] != NULL; j++)
          g_hash_table_insert (self->band_of_level, g_strdup (members[j]), g_strdup (id));
        g_strv_builder_add (bands, id);
      }
  self->bands = g_strv_builder_end (bands);

  if ((array = get_array (root, "levels")))
    for (guint i = 0; i < json_array_get_length (array); i++)
      {
        JsonObject *object = array_object (array, i);
        CalCatalogLevel *level = g_new0 (CalCatalogLevel, 1);
        JsonArray *years;

        if (!require_id (object, "levels.json", i, &level->id, error))
          {
            level_free (level);
            return FALSE;
          }
        level->name = dup_member (object, "name");
        level->ladder = dup_member (object, "ladder");
        level->band = dup_member (object, "band");
        level->scope = dup_member (object, "scope");
        level->horizon = dup_member (object, "horizon");
        level->owns = dup_member (object, "owns");
        level->next_step = dup_member (object, "next_step");
        level->signals = dup_string_array (object, "signals");
        level->rank = int_member (object, "rank", 0);
        level->years_min = level->years_max = -1;
        if ((years = get_array (object, "years_typical")) && json_array_get_length (years) == 2)
          {
            level->years_min = json_array_get_int_element (years, 0);
            level->years_max = json_array_get_int_element (years, 1);
          }
        if (level->band == NULL)
          level->band = g_strdup (g_hash_table_lookup (self->band_of_level, level->id));
        else if (!g_hash_table_contains (self->band_of_level, level->id))
          g_hash_table_insert (self->band_of_level, g_strdup (level->id), g_strdup (level->band));
        g_ptr_array_add (self->levels, level);
        g_hash_table_insert (self->levels_by_id, level->id, level);
      }

  if ((array = get_array (root, "aliases")))
    for (guint i = 0; i < json_array_get_length (array); i++)
      {
        JsonObject *object = array_object (array, i);
        CalCatalogLevelAlias *alias;

        if (object == NULL)
          continue;
        alias = g_new0 (CalCatalogLevelAlias, 1);
        alias->pattern = dup_member (object, "pattern");
        alias->level = dup_member (object, "level");
        alias->note = dup_member (object, "note");
        if (alias->pattern == NULL || alias->level == NULL)
          {
            alias_free (alias);
            continue;
          }
        g_ptr_array_add (self->aliases, alias);
      }

  return TRUE;
}

static gboolean
load_tracks (CalCatalog  *self,
             GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  JsonObject *root;
  JsonArray *array;

  root = parse_file (self, parser, "tracks.json", error);
  if (root == NULL)
    return error == NULL || *error == NULL;

  if ((array = get_array (root, "round_kinds")))
    for (guint i = 0; i < json_array_get_length (array); i++)
      {
        JsonObject *object = array_object (array, i);
        CalCatalogRoundKind *kind = g_new0 (CalCatalogRoundKind, 1);

        if (!require_id (object, "tracks.json", i, &kind->id, error))
          {
            round_kind_free (kind);
            return FALSE;
          }
        kind->name = dup_member (object, "name");
        kind->tests = dup_member (object, "tests");
        g_ptr_array_add (self->round_kinds, kind);
      }

  if ((array = get_array (root, "tracks")))
    for (guint i = 0; i < json_array_get_length (array); i++)
      {
        JsonObject *object = array_object (array, i);
        CalCatalogTrack *track = g_new0 (CalCatalogTrack, 1);
        JsonNode *loops;

        if (!require_id (object, "tracks.json", i, &track->id, error))
          {
            track_free (track);
            return FALSE;
          }
        track->name = dup_member (object, "name");
        track->family = dup_member (object, "family");
        track->ladder = dup_member (object, "ladder");
        track->title_patterns = dup_string_array (object, "title_patterns");
        track->keywords = dup_string_array (object, "keywords");
        track->loops = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                              (GDestroyNotify) g_ptr_array_unref);

        loops = json_object_get_member (object, "loops");
        if (loops != NULL && JSON_NODE_HOLDS_OBJECT (loops))
          {
            JsonObject *by_band = json_node_get_object (loops);
            g_autoptr(GList) bands = json_object_get_members (by_band);

            for (GList *l = bands; l != NULL; l = l->next)
              {
                JsonArray *rounds = get_array (by_band, l->data);
                GPtrArray *list = g_ptr_array_new_with_free_func ((GDestroyNotify) loop_round_free);

                for (guint j = 0; rounds != NULL && j < json_array_get_length (rounds); j++)
                  {
                    JsonObject *r = array_object (rounds, j);
                    CalCatalogLoopRound *round;

                    if (r == NULL)
                      continue;
                    round = g_new0 (CalCatalogLoopRound, 1);
                    round->kind = dup_member (r, "kind");
                    round->title = dup_member (r, "title");
                    round->tests = dup_member (r, "tests");
                    round->strong = dup_member (r, "strong");
                    round->minutes = int_member (r, "minutes", 0);
                    if (round->kind == NULL)
                      round->kind = g_strdup ("other");
                    if (round->title == NULL)
                      round->title = g_strdup (round->kind);
                    g_ptr_array_add (list, round);
                  }
                g_hash_table_insert (track->loops, g_strdup (l->data), list);
              }
          }

        g_ptr_array_add (self->tracks, track);
        g_hash_table_insert (self->tracks_by_id, track->id, track);
      }

  return TRUE;
}

static gboolean
load_skills (CalCatalog  *self,
             GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  JsonObject *root;
  JsonArray *array;

  root = parse_file (self, parser, "skills.json", error);
  if (root == NULL)
    return error == NULL || *error == NULL;

  if ((array = get_array (root, "skills")))
    for (guint i = 0; i < json_array_get_length (array); i++)
      {
        JsonObject *object = array_object (array, i);
        CalCatalogSkill *skill = g_new0 (CalCatalogSkill, 1);
        JsonNode *ambiguous;

        if (!require_id (object, "skills.json", i, &skill->id, error))
          {
            skill_free (skill);
            return FALSE;
          }
        skill->name = dup_member (object, "name");
        if (skill->name == NULL)
          skill->name = g_strdup (skill->id);
        skill->category = dup_member (object, "category");
        skill->aliases = dup_string_array (object, "aliases");
        ambiguous = json_object_get_member (object, "ambiguous");
        skill->ambiguous = ambiguous != NULL && JSON_NODE_HOLDS_VALUE (ambiguous) &&
                           json_node_get_value_type (ambiguous) == G_TYPE_BOOLEAN &&
                           json_node_get_boolean (ambiguous);
        g_ptr_array_add (self->skills, skill);
        g_hash_table_insert (self->skills_by_id, skill->id, skill);
      }

  /* The alias index is keyed by the normalised token sequence so that the
   * analyzer can look up n-grams of a document directly. The first skill to
   * claim an alias keeps it. */
  for (guint i = 0; i < self->skills->len; i++)
    {
      CalCatalogSkill *skill = g_ptr_array_index (self->skills, i);
      const char *names[] = { skill->name, skill->id };

      for (guint j = 0; skill->aliases[j] != NULL; j++)
        {
          g_autoptr(CalTokens) tokens = cal_tokens_new (skill->aliases[j], -1);
          char *key;

          if (cal_tokens_len (tokens) == 0)
            continue;
          key = cal_tokens_join (tokens, 0, cal_tokens_len (tokens));
          self->max_alias_words = MAX (self->max_alias_words, cal_tokens_len (tokens));
          if (!g_hash_table_contains (self->skills_by_alias, key))
            g_hash_table_insert (self->skills_by_alias, key, skill);
          else
            g_free (key);
        }

      for (guint j = 0; j < G_N_ELEMENTS (names); j++)
        {
          g_autoptr(CalTokens) tokens = cal_tokens_new (names[j], -1);
          char *key;

          if (cal_tokens_len (tokens) == 0)
            continue;
          key = cal_tokens_join (tokens, 0, cal_tokens_len (tokens));
          self->max_alias_words = MAX (self->max_alias_words, cal_tokens_len (tokens));
          if (!g_hash_table_contains (self->skills_by_alias, key))
            g_hash_table_insert (self->skills_by_alias, key, skill);
          else
            g_free (key);
        }
    }

  return TRUE;
}

static gboolean
load_questions (CalCatalog  *self,
                GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  JsonObject *root;
  JsonArray *array;

  root = parse_file (self, parser, "questions.json", error);
  if (root == NULL)
    return error == NULL || *error == NULL;

  if ((array = get_array (root, "questions")))
    for (guint i = 0; i < json_array_get_length (array); i++)
      {
        JsonObject *object = array_object (array, i);
        CalCatalogQuestion *question = g_new0 (CalCatalogQuestion, 1);

        if (!require_id (object, "questions.json", i, &question->id, error))
          {
            question_free (question);
            return FALSE;
          }
        question->text = dup_member (object, "text");
        question->kind = dup_member (object, "kind");
        question->round = dup_member (object, "round");
        question->competency = dup_member (object, "competency");
        question->tracks = dup_string_array (object, "tracks");
        question->bands = dup_string_array (object, "bands");
        question->skills = dup_string_array (object, "skills");
        if (question->text == NULL)
          {
            question_free (question);
            continue;
          }
        g_ptr_array_add (self->questions, question);
      }

  return TRUE;
}

static gboolean
load_competencies (CalCatalog  *self,
                   GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  JsonObject *root;
  JsonArray *array;

  root = parse_file (self, parser, "competencies.json", error);
  if (root == NULL)
    return error == NULL || *error == NULL;

  if ((array = get_array (root, "competencies")))
    for (guint i = 0; i < json_array_get_length (array); i++)
      {
        JsonObject *object = array_object (array, i);
        CalCatalogCompetency *competency = g_new0 (CalCatalogCompetency, 1);

        if (!require_id (object, "competencies.json", i, &competency->id, error))
          {
            competency_free (competency);
            return FALSE;
          }
        competency->name = dup_member (object, "name");
        competency->description = dup_member (object, "description");
        g_ptr_array_add (self->competencies, competency);
        g_hash_table_insert (self->competencies_by_id, competency->id, competency);
      }

  return TRUE;
}

static void
clear_tables (CalCatalog *self)
{
  g_ptr_array_set_size (self->round_kinds, 0);
  g_ptr_array_set_size (self->tracks, 0);
  g_hash_table_remove_all (self->tracks_by_id);
  g_ptr_array_set_size (self->levels, 0);
  g_hash_table_remove_all (self->levels_by_id);
  g_ptr_array_set_size (self->aliases, 0);
  g_hash_table_remove_all (self->band_of_level);
  g_ptr_array_set_size (self->skills, 0);
  g_hash_table_remove_all (self->skills_by_id);
  g_hash_table_remove_all (self->skills_by_alias);
  g_ptr_array_set_size (self->questions, 0);
  g_ptr_array_set_size (self->competencies, 0);
  g_hash_table_remove_all (self->competencies_by_id);
}

/* Parses everything exactly once, on first use. g_once_init_enter() gives
 * the other threads a barrier, so after it every reader sees the finished,
 * never again modified tables without taking a lock. */
static void
ensure_loaded (CalCatalog *self)
{
  if (g_once_init_enter (&self->loaded))
    {
      GError *error = NULL;

      if (!load_levels (self, &error) ||
          !load_tracks (self, &error) ||
          !load_skills (self, &error) ||
          !load_questions (self, &error) ||
          !load_competencies (self, &error))
        {
          /* A broken catalog serves nothing rather than half of itself. */
          g_warning ("%s", error->message);
          clear_tables (self);
          self->load_error = error;
        }
      g_once_init_leave (&self->loaded, 1);
    }
}

/* --- GObject ------------------------------------------------------------ */

static void
cal_catalog_finalize (GObject *object)
{
  CalCatalog *self = CAL_CATALOG (object);

  g_clear_pointer (&self->directory, g_free);
  g_clear_error (&self->load_error);
  g_clear_pointer (&self->round_kinds, g_ptr_array_unref);
  g_clear_pointer (&self->tracks_by_id, g_hash_table_unref);
  g_clear_pointer (&self->tracks, g_ptr_array_unref);
  g_clear_pointer (&self->levels_by_id, g_hash_table_unref);
  g_clear_pointer (&self->levels, g_ptr_array_unref);
  g_clear_pointer (&self->aliases, g_ptr_array_unref);
  g_clear_pointer (&self->bands, g_strfreev);
  g_clear_pointer (&self->band_of_level, g_hash_table_unref);
  g_clear_pointer (&self->skills_by_alias, g_hash_table_unref);
  g_clear_pointer (&self->skills_by_id, g_hash_table_unref);
  g_clear_pointer (&self->skills, g_ptr_array_unref);
  g_clear_pointer (&self->questions, g_ptr_array_unref);
  g_clear_pointer (&self->competencies_by_id, g_hash_table_unref);
  g_clear_pointer (&self->competencies, g_ptr_array_unref);

  G_OBJECT_CLASS (cal_catalog_parent_class)->finalize (object);
}

static void
cal_catalog_class_init (CalCatalogClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cal_catalog_finalize;
}

static void
cal_catalog_init (CalCatalog *self)
{
  self->round_kinds = g_ptr_array_new_with_free_func ((GDestroyNotify) round_kind_free);
  self->tracks = g_ptr_array_new_with_free_func ((GDestroyNotify) track_free);
  self->tracks_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->levels = g_ptr_array_new_with_free_func ((GDestroyNotify) level_free);
  self->levels_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->aliases = g_ptr_array_new_with_free_func ((GDestroyNotify) alias_free);
  self->band_of_level = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->skills = g_ptr_array_new_with_free_func ((GDestroyNotify) skill_free);
  self->skills_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->skills_by_alias = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->questions = g_ptr_array_new_with_free_func ((GDestroyNotify) question_free);
  self->competencies = g_ptr_array_new_with_free_func ((GDestroyNotify) competency_free);
  self->competencies_by_id = g_hash_table_new (g_str_hash, g_str_equal);
}

/* --- public API --------------------------------------------------------- */

/**
 * cal_catalog_new:
 *
 * Creates a catalog backed by the compiled-in GResource. Nothing is parsed
 * until the first lookup, so creating one at start-up costs nothing.
 *
 * Returns: (transfer full): a new catalog
 */
CalCatalog *
cal_catalog_new (void)
{
  return g_object_new (CAL_TYPE_CATALOG, NULL);
}

/**
 * cal_catalog_new_for_directory:
 * @directory: a folder holding levels.json, tracks.json and the others
 *
 * Creates a catalog that reads the same files from a folder, for tests and
 * for checking catalog edits without rebuilding.
 *
 * Returns: (transfer full): a new catalog
 */
CalCatalog *
cal_catalog_new_for_directory (const char *directory)
{
  CalCatalog *self;

  g_return_val_if_fail (directory != NULL, NULL);

  self = g_object_new (CAL_TYPE_CATALOG, NULL);
  self->directory = g_strdup (directory);
  return self;
}

/**
 * cal_catalog_get_default:
 *
 * Returns: (transfer none): the process-wide catalog read from the GResource
 */
CalCatalog *
cal_catalog_get_default (void)
{
  static CalCatalog *instance;

  if (g_once_init_enter (&instance))
    g_once_init_leave (&instance, cal_catalog_new ());
  return instance;
}

/**
 * cal_catalog_load:
 * @self: a catalog
 * @error: return location for a #GError
 *
 * Parses the catalog now if it has not been yet. Lookups do this on their
 * own; call it to learn whether the catalog files are valid.
 *
 * Returns: %TRUE if the catalog loaded without errors
 */
gboolean
cal_catalog_load (CalCatalog  *self,
                  GError     **error)
{
  g_return_val_if_fail (CAL_IS_CATALOG (self), FALSE);

  ensure_loaded (self);
  if (self->load_error != NULL)
    {
      g_propagate_error (error, g_error_copy (self->load_error));
      return FALSE;
    }
  return TRUE;
}

/**
 * cal_catalog_is_loaded:
 * @self: a catalog
 *
 * Whether the catalog is parsed already, so that a lookup returns at once
 * instead of parsing it (some 20 ms). Any thread may ask; the UI uses it
 * to leave the parse to a worker thread, off its first frame.
 *
 * Returns: %TRUE once the catalog is loaded, with or without errors
 */
gboolean
cal_catalog_is_loaded (CalCatalog *self)
{
  g_return_val_if_fail (CAL_IS_CATALOG (self), FALSE);

  return g_atomic_pointer_get (&self->loaded) != 0;
}

/**
 * cal_catalog_get_tracks:
 * @self: a catalog
 *
 * Returns: (transfer none) (element-type CalCatalogTrack): the tracks, in file order
 */
GPtrArray *
cal_catalog_get_tracks (CalCatalog *self)
{
  g_return_val_if_fail (CAL_IS_CATALOG (self), NULL);
  ensure_loaded (self);
  return self->tracks;
}

/**
 * cal_catalog_get_track:
 * @self: a catalog
 * @id: a track id such as "backend-engineer"
 *
 * Returns: (transfer none) (nullable): the track
 */
const CalCatalogTrack *
cal_catalog_get_track (CalCatalog *self,
                       const char *id)
{
  g_return_val_if_fail (CAL_IS_CATALOG (self), NULL);
  if (id == NULL)
    return NULL;
  ensure_loaded (self);
  return g_hash_table_lookup (self->tracks_by_id, id);
}

/**
 * cal_catalog_get_loop:
 * @self: a catalog
 * @track_id: a track id
 * @band_id: a band id such as "senior"
 *
 * Returns: (transfer none) (nullable) (element-type CalCatalogLoopRound): the typical
 *   interview loop of that track at that band
 */
GPtrArray *
cal_catalog_get_loop (CalCatalog *self,
                      const char *track_id,
                      const char *band_id)
{
  const CalCatalogTrack *track = cal_catalog_get_track (self, track_id);

  if (track == NULL || band_id == NULL)
    return NULL;
  return g_hash_table_lookup (track->loops, band_id);
}

/**
 * cal_catalog_get_round_kinds:
 * @self: a catalog
 *
 * Returns: (transfer none) (element-type CalCatalogRoundKind): the round kinds
 */
GPtrArray *
cal_catalog_get_round_kinds (CalCatalog *self)
{
  g_return_val_if_fail (CAL_IS_CATALOG (self), NULL);
  ensure_loaded (self);
  return self->round_kinds;
}

/**
 * cal_catalog_get_round_kind:
 * @self: a catalog
 * @id: a round kind id such as "coding"
 *
 * Returns: (transfer none) (nullable): the round kind
 */
const CalCatalogRoundKind *
cal_catalog_get_round_kind (CalCatalog *self,
                            const char *id)
{
  g_return_val_if_fail (CAL_IS_CATALOG (self), NULL);
  if (id == NULL)
    return NULL;
  ensure_loaded (self);
  for (guint i = 0; i < self->round_kinds->len; i++)
    {
      CalCatalogRoundKind *kind = g_ptr_array_index (self->round_kinds, i);

      if (g_str_equal (kind->id, id))
        return kind;
    }
  return NULL;
}

/**
 * cal_catalog_get_levels:
 * @self: a catalog
 *
 * Returns: (transfer none) (element-type CalCatalogLevel): the levels of both ladders
 */
GPtrArray *
cal_catalog_get_levels (CalCatalog *self)
{
  g_return_val_if_fail (CAL_IS_CATALOG (self), NULL);
  ensure_loaded (self);
  return self->levels;
}

/**
 * cal_catalog_get_level:
 * @self: a catalog
 * @id: a level id such as "staff"
 *
 * Returns: (transfer none) (nullable): the level
 */
const CalCatalogLevel *
cal_catalog_get_level (CalCatalog *self,
                       const char *id)
{
  g_return_val_if_fail (CAL_IS_CATALOG (self), NULL);
  if (id == NULL)
    return NULL;
  ensure_loaded (self);
  return g_hash_table_lookup (self->levels_by_id, id);
}

/**
 * cal_catalog_get_level_aliases:
 * @self: a catalog
 *
 * Returns: (transfer none) (element-type CalCatalogLevelAlias): title aliases of
 *   levels ("sr", "l5", "head of"…), lowercase
 */
GPtrArray *
cal_catalog_get_level_aliases (CalCatalog *self)
{
  g_return_val_if_fail (CAL_IS_CATALOG (self), NULL);
  ensure_loaded (self);
  return self->aliases;
}

/**
 * cal_catalog_get_band_for_level:
 * @self: a catalog
 * @level_id: a level id
 *
 * Returns: (nullable): the band id the level belongs to ("staff" → "staff-plus")
 */
const char *
cal_catalog_get_band_for_level (CalCatalog *self,
                                const char *level_id)
{
  g_return_val_if_fail (CAL_IS_CATALOG (self), NULL);
  if (level_id == NULL)
    return NULL;
  ensure_loaded (self);
  return g_hash_table_lookup (self->band_of_level, level_id);
}

/**
 * cal_catalog_get_bands:
 * @self: a catalog
 *
 * Returns: (transfer none): the band ids, in ladder order
 */
const char * const *
cal_catalog_get_bands (CalCatalog *self)
{
  g_return_val_if_fail (CAL_IS_CATALOG (self), NULL);
  ensure_loaded (self);
  return (const char * const *) self->bands;
}

/**
 * cal_catalog_get_skills:
 * @self: a catalog
 *
 * Returns: (transfer none) (element-type CalCatalogSkill): the skills
 */
GPtrArray *
cal_catalog_get_skills (CalCatalog *self)
{
  g_return_val_if_fail (CAL_IS_CATALOG (self), NULL);
  ensure_loaded (self);
  return self->skills;
}

/**
 * cal_catalog_get_skill:
 * @self: a catalog
 * @id: a skill id
 *
 * Returns: (transfer none) (nullable): the skill
 */
const CalCatalogSkill *
cal_catalog_get_skill (CalCatalog *self,
                       const char *id)
{
  g_return_val_if_fail (CAL_IS_CATALOG (self), NULL);
  if (id == NULL)
    return NULL;
  ensure_loaded (self);
  return g_hash_table_lookup (self->skills_by_id, id);
}

/**
 * cal_catalog_lookup_skill_alias:
 * @self: a catalog
 * @alias: an alias as normalised by cal_catalog_normalize_phrase(), e.g.
 *   "node.js" or "ci cd"
 *
 * Returns: (transfer none) (nullable): the skill that alias names
 */
const CalCatalogSkill *
cal_catalog_lookup_skill_alias (CalCatalog *self,
                                const char *alias)
{
  g_return_val_if_fail (CAL_IS_CATALOG (self), NULL);
  if (alias == NULL)
    return NULL;
  ensure_loaded (self);
  return g_hash_table_lookup (self->skills_by_alias, alias);
}

/**
 * cal_catalog_get_max_alias_words:
 * @self: a catalog
 *
 * Returns: the number of words in the longest skill alias
 */
guint
cal_catalog_get_max_alias_words (CalCatalog *self)
{
  g_return_val_if_fail (CAL_IS_CATALOG (self), 0);
  ensure_loaded (self);
  return self->max_alias_words;
}

/**
 * cal_catalog_get_questions:
 * @self: a catalog
 *
 * Returns: (transfer none) (element-type CalCatalogQuestion): the whole question bank
 */
GPtrArray *
cal_catalog_get_questions (CalCatalog *self)
{
  g_return_val_if_fail (CAL_IS_CATALOG (self), NULL);
  ensure_loaded (self);
  return self->questions;
}

static gboolean
strv_matches (GStrv       values,
              const char *wanted)
{
  /* An empty list and "*" both mean "any". */
  if (wanted == NULL || values == NULL || values[0] == NULL)
    return TRUE;
  for (guint i = 0; values[i] != NULL; i++)
    if (g_str_equal (values[i], "*") || g_str_equal (values[i], wanted))
      return TRUE;
  return FALSE;
}

/**
 * cal_catalog_find_questions:
 * @self: a catalog
 * @track_id: (nullable): only questions for this track (or for every track)
 * @band_id: (nullable): only questions for this band (or for every band)
 * @round_kind: (nullable): only questions of this round kind
 * @skill_ids: (nullable) (array zero-terminated=1): only questions tagged
 *   with at least one of these skills
 *
 * Returns: (transfer container) (element-type CalCatalogQuestion): the matching
 *   questions, in bank order
 */
GPtrArray *
cal_catalog_find_questions (CalCatalog         *self,
                            const char         *track_id,
                            const char         *band_id,
                            const char         *round_kind,
                            const char * const *skill_ids)
{
  GPtrArray *result;

  g_return_val_if_fail (CAL_IS_CATALOG (self), NULL);
  ensure_loaded (self);

  result = g_ptr_array_new ();
  for (guint i = 0; i < self->questions->len; i++)
    {
      CalCatalogQuestion *q = g_ptr_array_index (self->questions, i);

      if (!strv_matches (q->tracks, track_id) || !strv_matches (q->bands, band_id))
        continue;
      if (round_kind != NULL && g_strcmp0 (q->round, round_kind) != 0)
        continue;
      if (skill_ids != NULL)
        {
          gboolean any = FALSE;

          for (guint j = 0; skill_ids[j] != NULL && !any; j++)
            any = q->skills != NULL && g_strv_contains ((const char * const *) q->skills, skill_ids[j]);
          if (!any)
            continue;
        }
      g_ptr_array_add (result, q);
    }
  return result;
}

/**
 * cal_catalog_get_competencies:
 * @self: a catalog
 *
 * Returns: (transfer none) (element-type CalCatalogCompetency): the competencies
 */
GPtrArray *
cal_catalog_get_competencies (CalCatalog *self)
{
  g_return_val_if_fail (CAL_IS_CATALOG (self), NULL);
  ensure_loaded (self);
  return self->competencies;
}

/**
 * cal_catalog_get_competency:
 * @self: a catalog
 * @id: a competency id
 *
 * Returns: (transfer none) (nullable): the competency
 */
const CalCatalogCompetency *
cal_catalog_get_competency (CalCatalog *self,
                            const char *id)
{
  g_return_val_if_fail (CAL_IS_CATALOG (self), NULL);
  if (id == NULL)
    return NULL;
  ensure_loaded (self);
  return g_hash_table_lookup (self->competencies_by_id, id);
}

/**
 * cal_catalog_normalize_phrase:
 * @text: a phrase such as "Node.js" or "CI/CD"
 *
 * Returns: (transfer full): the phrase as the catalog indexes it: lowercase
 *   words joined by single spaces ("node.js", "ci cd")
 */
char *
cal_catalog_normalize_phrase (const char *text)
{
  g_autoptr(CalTokens) tokens = NULL;

  g_return_val_if_fail (text != NULL, NULL);
  tokens = cal_tokens_new (text, -1);
  return cal_tokens_join (tokens, 0, cal_tokens_len (tokens));
}
