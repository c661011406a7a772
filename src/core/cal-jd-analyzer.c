/* cal-jd-analyzer.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-jd-analyzer"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "cal-jd-analysis-private.h"
#include "cal-jd-analyzer.h"
#include "cal-text-extract.h"
#include "cal-tokens.h"

/* The analyzer is rule based on purpose: every field it fills can be traced
 * back to a phrase in the JD or a rule in the catalog, and the same text
 * always gives the same result. It never modifies its tables after
 * construction, so one analyzer can serve several threads. */

typedef enum
{
  SECTION_NONE,
  SECTION_REQUIRED,
  SECTION_PREFERRED,
  SECTION_RESPONSIBILITIES,
  SECTION_COMPANY,
  SECTION_BENEFITS,
  SECTION_PROCESS,
} SectionKind;

typedef enum
{
  HIT_SECTION,
  HIT_PREFERRED_CUE,
  HIT_STAKEHOLDER,
  HIT_AREA,
  HIT_LEAD_IN,
  HIT_SCOPE,
  HIT_ROUND_CUE,
  HIT_TRACK_KEYWORD,
  HIT_TRACK_TITLE,
  HIT_ALIAS,
} HitType;

typedef struct
{
  guint16 type;
  guint16 rank;    /* order in the rule file; lower is more specific */
  guint   index;
  guint   extra;
} Hit;

typedef struct
{
  GHashTable *map;       /* normalised phrase → GArray of Hit */
  guint       max_words;
} PhraseIndex;

typedef struct
{
  char  *name;
  GStrv  patterns;
} NamedRule;

typedef struct
{
  char *kind;
  char *title;
  char *why;
} RoundCue;

typedef struct
{
  char  *text;
  char  *round;
  char  *competency;
  char  *why;
  GStrv  categories;
} RuleQuestion;

struct _CalJdAnalyzer
{
  GObject      parent_instance;

  CalCatalog  *catalog;

  PhraseIndex  headings;       /* section headings */
  PhraseIndex  body;           /* cues found in the running text */
  PhraseIndex  titles;         /* level aliases and track title patterns */

  GPtrArray   *stakeholders;   /* NamedRule */
  GPtrArray   *areas;          /* NamedRule */
  GPtrArray   *scopes;         /* NamedRule, name = scope id */
  GPtrArray   *round_cues;     /* RoundCue */
  GStrv        remote_phrases[3];
  GStrv        remote_negations;
  GHashTable  *company_stopwords;
  GHashTable  *role_words;          /* words of track titles and levels */
  GHashTable  *level_words;         /* words of level aliases */
  GStrv        preferred_cue_list;
  GPtrArray   *fallback_questions;  /* RuleQuestion */
  GHashTable  *level_questions;     /* band → GPtrArray of RuleQuestion */
  GHashTable  *default_loops;       /* band → GPtrArray of RoundCue */
  GRegex      *years_regex;
  GPtrArray   *title_bags;          /* TitleBag: track patterns as word sets */
};

/* A title pattern whose words may come in any order: "Software Engineer -
 * Backend" is a backend engineer even though no pattern reads that way. */
typedef struct
{
  guint track;
  guint rank;
  GStrv words;
} TitleBag;

static void
title_bag_free (TitleBag *bag)
{
  g_strfreev (bag->words);
  g_free (bag);
}

G_DEFINE_FINAL_TYPE (CalJdAnalyzer, cal_jd_analyzer, G_TYPE_OBJECT)

G_DEFINE_QUARK (cal-jd-error-quark, cal_jd_error)

enum { REMOTE_REMOTE, REMOTE_HYBRID, REMOTE_ONSITE };
static const char *remote_names[] = { "remote", "hybrid", "onsite" };

/* --- small helpers ------------------------------------------------------ */

static void
named_rule_free (NamedRule *r)
{
  g_free (r->name);
  g_strfreev (r->patterns);
  g_free (r);
}

static void
round_cue_free (RoundCue *c)
{
  g_free (c->kind);
  g_free (c->title);
  g_free (c->why);
  g_free (c);
}

static void
rule_question_free (RuleQuestion *q)
{
  g_free (q->text);
  g_free (q->round);
  g_free (q->competency);
  g_free (q->why);
  g_strfreev (q->categories);
  g_free (q);
}

static void
phrase_index_init (PhraseIndex *index)
{
  index->map = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                      (GDestroyNotify) g_array_unref);
  index->max_words = 0;
}

static void
phrase_index_clear (PhraseIndex *index)
{
  g_clear_pointer (&index->map, g_hash_table_unref);
}

static void
phrase_index_add (PhraseIndex *index,
                  const char  *phrase,
                  HitType      type,
                  guint        rank,
                  guint        i,
                  guint        extra)
{
  g_autoptr(CalTokens) tokens = cal_tokens_new (phrase, -1);
  char *key;
  GArray *hits;
  Hit hit = { type, rank, i, extra };

  if (cal_tokens_len (tokens) == 0)
    return;
  key = cal_tokens_join (tokens, 0, cal_tokens_len (tokens));
  index->max_words = MAX (index->max_words, cal_tokens_len (tokens));
  hits = g_hash_table_lookup (index->map, key);
  if (hits == NULL)
    {
      hits = g_array_new (FALSE, FALSE, sizeof (Hit));
      g_hash_table_insert (index->map, key, hits);
    }
  else
    g_free (key);
  g_array_append_val (hits, hit);
}

typedef void (*ScanFunc) (guint        first,
                          guint        n,
                          const Hit   *hit,
                          gpointer     user_data);

/* Calls @func for every phrase of @index that occurs in tokens
 * [@from, @to), shortest first at each position. */
static void
phrase_index_scan (const PhraseIndex *index,
                   CalTokens         *tokens,
                   guint              from,
                   guint              to,
                   ScanFunc           func,
                   gpointer           user_data)
{
  GString *key = g_string_new (NULL);

  for (guint i = from; i < to; i++)
    {
      g_string_truncate (key, 0);
      for (guint n = 1; n <= index->max_words && i + n <= to; n++)
        {
          GArray *hits;

          /* Phrases are words in a row: "Senior/Staff" is two levels, not
           * the alias "senior staff". */
          if (n > 1 && (cal_tokens_get (tokens, i + n - 1)->flags & CAL_TOKEN_AFTER_PUNCT))
            break;
          if (n > 1)
            g_string_append_c (key, ' ');
          g_string_append (key, cal_tokens_get (tokens, i + n - 1)->norm);
          hits = g_hash_table_lookup (index->map, key->str);
          if (hits != NULL)
            for (guint h = 0; h < hits->len; h++)
              func (i, n, &g_array_index (hits, Hit, h), user_data);
        }
    }
  g_string_free (key, TRUE);
}

static GStrv
json_strv (JsonObject *object,
           const char *name)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;

  if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *e = json_array_get_element (array, i);

          if (JSON_NODE_HOLDS_VALUE (e) && json_node_get_value_type (e) == G_TYPE_STRING)
            g_strv_builder_add (builder, json_node_get_string (e));
        }
    }
  return g_strv_builder_end (builder);
}

static const char *
json_str (JsonObject *object,
          const char *name)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static JsonArray *
json_array (JsonObject *object,
            const char *name)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static JsonObject *
json_element_object (JsonArray *array,
                     guint      i)
{
  JsonNode *node = json_array_get_element (array, i);

  return JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static GPtrArray *
read_named_rules (JsonObject *root,
                  const char *member,
                  const char *name_key)
{
  GPtrArray *rules = g_ptr_array_new_with_free_func ((GDestroyNotify) named_rule_free);
  JsonArray *array = json_array (root, member);

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonObject *o = json_element_object (array, i);
      NamedRule *rule;

      if (o == NULL || json_str (o, name_key) == NULL)
        continue;
      rule = g_new0 (NamedRule, 1);
      rule->name = g_strdup (json_str (o, name_key));
      rule->patterns = json_strv (o, "patterns");
      g_ptr_array_add (rules, rule);
    }
  return rules;
}

static RuleQuestion *
read_rule_question (JsonObject *o)
{
  RuleQuestion *q;

  if (o == NULL || json_str (o, "text") == NULL)
    return NULL;
  q = g_new0 (RuleQuestion, 1);
  q->text = g_strdup (json_str (o, "text"));
  q->round = g_strdup (json_str (o, "round"));
  q->competency = g_strdup (json_str (o, "competency"));
  q->why = g_strdup (json_str (o, "why"));
  q->categories = json_strv (o, "categories");
  return q;
}

static SectionKind
section_kind_from_string (const char *kind)
{
  if (g_strcmp0 (kind, "required") == 0) return SECTION_REQUIRED;
  if (g_strcmp0 (kind, "preferred") == 0) return SECTION_PREFERRED;
  if (g_strcmp0 (kind, "responsibilities") == 0) return SECTION_RESPONSIBILITIES;
  if (g_strcmp0 (kind, "company") == 0) return SECTION_COMPANY;
  if (g_strcmp0 (kind, "benefits") == 0) return SECTION_BENEFITS;
  if (g_strcmp0 (kind, "process") == 0) return SECTION_PROCESS;
  return SECTION_NONE;
}

/* --- construction ------------------------------------------------------- */

static void
add_title_bag (CalJdAnalyzer *self,
               const char    *pattern,
               guint          track,
               guint          rank)
{
  g_autoptr(CalTokens) tokens = cal_tokens_new (pattern, -1);
  g_autoptr(GStrvBuilder) words = g_strv_builder_new ();
  TitleBag *bag;

  if (cal_tokens_len (tokens) < 2)
    return;
  for (guint i = 0; i < cal_tokens_len (tokens); i++)
    g_strv_builder_add (words, cal_tokens_get (tokens, i)->norm);
  bag = g_new0 (TitleBag, 1);
  bag->track = track;
  bag->rank = rank;
  bag->words = g_strv_builder_end (words);
  g_ptr_array_add (self->title_bags, bag);
}

static gboolean
load_rules (CalJdAnalyzer  *self,
            GError        **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) local_error = NULL;
  JsonObject *root, *remote, *level_questions, *loops;
  JsonArray *array;
  GPtrArray *tracks, *aliases;
  g_auto(GStrv) preferred_cues = NULL;
  g_auto(GStrv) lead_ins = NULL;
  g_auto(GStrv) stopwords = NULL;

  bytes = cal_catalog_load_file (self->catalog, "jd-rules.json", &local_error);
  if (bytes == NULL ||
      !json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &local_error) ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      g_set_error (error, CAL_JD_ERROR, CAL_JD_ERROR_RULES,
                   _("The job description rules could not be loaded (%s). Reinstall Calibrd."),
                   local_error != NULL ? local_error->message : _("not an object"));
      return FALSE;
    }
  root = json_node_get_object (json_parser_get_root (parser));

  array = json_array (root, "sections");
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonObject *o = json_element_object (array, i);
      g_auto(GStrv) patterns = json_strv (o, "patterns");
      SectionKind kind = section_kind_from_string (json_str (o, "kind"));

      for (guint j = 0; patterns[j] != NULL; j++)
        phrase_index_add (&self->headings, patterns[j], HIT_SECTION, i, kind, 0);
    }

  preferred_cues = json_strv (root, "preferred_cues");
  self->preferred_cue_list = g_strdupv (preferred_cues);
  for (guint i = 0; preferred_cues[i] != NULL; i++)
    phrase_index_add (&self->body, preferred_cues[i], HIT_PREFERRED_CUE, 0, 0, 0);

  self->stakeholders = read_named_rules (root, "stakeholders", "name");
  for (guint i = 0; i < self->stakeholders->len; i++)
    {
      NamedRule *rule = g_ptr_array_index (self->stakeholders, i);
      for (guint j = 0; rule->patterns[j] != NULL; j++)
        phrase_index_add (&self->body, rule->patterns[j], HIT_STAKEHOLDER, 0, i, 0);
    }

  self->areas = read_named_rules (root, "product_areas", "name");
  for (guint i = 0; i < self->areas->len; i++)
    {
      NamedRule *rule = g_ptr_array_index (self->areas, i);
      for (guint j = 0; rule->patterns[j] != NULL; j++)
        phrase_index_add (&self->body, rule->patterns[j], HIT_AREA, 0, i, 0);
    }

  lead_ins = json_strv (root, "area_lead_ins");
  for (guint i = 0; lead_ins[i] != NULL; i++)
    phrase_index_add (&self->body, lead_ins[i], HIT_LEAD_IN, 0, i, 0);

  self->scopes = read_named_rules (root, "scope_cues", "scope");
  for (guint i = 0; i < self->scopes->len; i++)
    {
      NamedRule *rule = g_ptr_array_index (self->scopes, i);
      for (guint j = 0; rule->patterns[j] != NULL; j++)
        phrase_index_add (&self->body, rule->patterns[j], HIT_SCOPE, 0, i, 0);
    }

  self->round_cues = g_ptr_array_new_with_free_func ((GDestroyNotify) round_cue_free);
  array = json_array (root, "round_cues");
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonObject *o = json_element_object (array, i);
      g_auto(GStrv) patterns = json_strv (o, "patterns");
      RoundCue *cue;

      if (o == NULL || json_str (o, "kind") == NULL)
        continue;
      cue = g_new0 (RoundCue, 1);
      cue->kind = g_strdup (json_str (o, "kind"));
      cue->title = g_strdup (json_str (o, "title"));
      cue->why = g_strdup (json_str (o, "why"));
      g_ptr_array_add (self->round_cues, cue);
      for (guint j = 0; patterns[j] != NULL; j++)
        phrase_index_add (&self->body, patterns[j], HIT_ROUND_CUE, 0, self->round_cues->len - 1, 0);
    }

  remote = json_object_get_member (root, "remote") != NULL &&
           JSON_NODE_HOLDS_OBJECT (json_object_get_member (root, "remote"))
           ? json_object_get_object_member (root, "remote") : NULL;
  for (guint i = 0; i < G_N_ELEMENTS (remote_names); i++)
    self->remote_phrases[i] = json_strv (remote, remote_names[i]);
  self->remote_negations = json_strv (remote, "negations");

  self->company_stopwords = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  stopwords = json_strv (root, "company_stopwords");
  for (guint i = 0; stopwords[i] != NULL; i++)
    g_hash_table_add (self->company_stopwords, g_ascii_strdown (stopwords[i], -1));

  self->fallback_questions = g_ptr_array_new_with_free_func ((GDestroyNotify) rule_question_free);
  array = json_array (root, "fallback_questions");
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      RuleQuestion *q = read_rule_question (json_element_object (array, i));
      if (q != NULL)
        g_ptr_array_add (self->fallback_questions, q);
    }

  self->level_questions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                 (GDestroyNotify) g_ptr_array_unref);
  level_questions = json_object_get_member (root, "level_questions") != NULL &&
                    JSON_NODE_HOLDS_OBJECT (json_object_get_member (root, "level_questions"))
                    ? json_object_get_object_member (root, "level_questions") : NULL;
  if (level_questions != NULL)
    {
      g_autoptr(GList) members = json_object_get_members (level_questions);

      for (GList *l = members; l != NULL; l = l->next)
        {
          GPtrArray *list = g_ptr_array_new_with_free_func ((GDestroyNotify) rule_question_free);
          JsonArray *qs = json_array (level_questions, l->data);

          for (guint i = 0; qs != NULL && i < json_array_get_length (qs); i++)
            {
              RuleQuestion *q = read_rule_question (json_element_object (qs, i));
              if (q != NULL)
                g_ptr_array_add (list, q);
            }
          g_hash_table_insert (self->level_questions, g_strdup (l->data), list);
        }
    }

  self->default_loops = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                               (GDestroyNotify) g_ptr_array_unref);
  loops = json_object_get_member (root, "default_loops") != NULL &&
          JSON_NODE_HOLDS_OBJECT (json_object_get_member (root, "default_loops"))
          ? json_object_get_object_member (root, "default_loops") : NULL;
  if (loops != NULL)
    {
      g_autoptr(GList) members = json_object_get_members (loops);

      for (GList *l = members; l != NULL; l = l->next)
        {
          GPtrArray *list = g_ptr_array_new_with_free_func ((GDestroyNotify) round_cue_free);
          JsonArray *rs = json_array (loops, l->data);

          for (guint i = 0; rs != NULL && i < json_array_get_length (rs); i++)
            {
              JsonObject *o = json_element_object (rs, i);
              RoundCue *r;

              if (o == NULL || json_str (o, "kind") == NULL)
                continue;
              r = g_new0 (RoundCue, 1);
              r->kind = g_strdup (json_str (o, "kind"));
              r->title = g_strdup (json_str (o, "title") ? json_str (o, "title") : json_str (o, "kind"));
              g_ptr_array_add (list, r);
            }
          g_hash_table_insert (self->default_loops, g_strdup (l->data), list);
        }
    }

  /* Tracks and level aliases come from the catalog. */
  self->role_words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  tracks = cal_catalog_get_tracks (self->catalog);
  for (guint i = 0; i < tracks->len; i++)
    {
      CalCatalogTrack *track = g_ptr_array_index (tracks, i);

      for (guint j = 0; track->title_patterns[j] != NULL; j++)
        {
          g_autoptr(CalTokens) words = cal_tokens_new (track->title_patterns[j], -1);

          for (guint k = 0; k < cal_tokens_len (words); k++)
            g_hash_table_add (self->role_words, g_strdup (cal_tokens_get (words, k)->norm));
          phrase_index_add (&self->titles, track->title_patterns[j], HIT_TRACK_TITLE, j, i, 0);
          add_title_bag (self, track->title_patterns[j], i, j);
          phrase_index_add (&self->body, track->title_patterns[j], HIT_TRACK_TITLE, j, i, 0);
        }
      for (guint j = 0; track->keywords[j] != NULL; j++)
        phrase_index_add (&self->body, track->keywords[j], HIT_TRACK_KEYWORD, j, i, 0);
    }

  /* Title patterns the catalog lacks, kept with our rules. */
  array = json_array (root, "extra_title_patterns");
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonObject *o = json_element_object (array, i);
      g_auto(GStrv) patterns = json_strv (o, "patterns");
      const char *track_id = json_str (o, "track");

      for (guint t = 0; track_id != NULL && t < tracks->len; t++)
        {
          CalCatalogTrack *track = g_ptr_array_index (tracks, t);

          if (!g_str_equal (track->id, track_id))
            continue;
          for (guint j = 0; patterns[j] != NULL; j++)
            {
              phrase_index_add (&self->titles, patterns[j], HIT_TRACK_TITLE, 100 + j, t, 0);
              add_title_bag (self, patterns[j], t, 100 + j);
            }
        }
    }

  self->level_words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  aliases = cal_catalog_get_level_aliases (self->catalog);
  for (guint i = 0; i < aliases->len; i++)
    {
      CalCatalogLevelAlias *alias = g_ptr_array_index (aliases, i);

      phrase_index_add (&self->titles, alias->pattern, HIT_ALIAS, 0, i, 0);
      {
        g_autoptr(CalTokens) words = cal_tokens_new (alias->pattern, -1);
        for (guint k = 0; k < cal_tokens_len (words); k++)
          g_hash_table_add (self->level_words, g_strdup (cal_tokens_get (words, k)->norm));
      }
    }
  /* Level names themselves ("Senior", "Staff") count as aliases too. */
  {
    GPtrArray *levels = cal_catalog_get_levels (self->catalog);

    for (guint i = 0; i < levels->len; i++)
      {
        CalCatalogLevel *level = g_ptr_array_index (levels, i);

        if (level->name != NULL)
          phrase_index_add (&self->titles, level->name, HIT_ALIAS, 1, i, 1);
      }
  }

  return TRUE;
}

static void
cal_jd_analyzer_finalize (GObject *object)
{
  CalJdAnalyzer *self = CAL_JD_ANALYZER (object);

  phrase_index_clear (&self->headings);
  phrase_index_clear (&self->body);
  phrase_index_clear (&self->titles);
  g_clear_pointer (&self->stakeholders, g_ptr_array_unref);
  g_clear_pointer (&self->areas, g_ptr_array_unref);
  g_clear_pointer (&self->scopes, g_ptr_array_unref);
  g_clear_pointer (&self->round_cues, g_ptr_array_unref);
  for (guint i = 0; i < G_N_ELEMENTS (self->remote_phrases); i++)
    g_clear_pointer (&self->remote_phrases[i], g_strfreev);
  g_clear_pointer (&self->remote_negations, g_strfreev);
  g_clear_pointer (&self->company_stopwords, g_hash_table_unref);
  g_clear_pointer (&self->role_words, g_hash_table_unref);
  g_clear_pointer (&self->level_words, g_hash_table_unref);
  g_clear_pointer (&self->preferred_cue_list, g_strfreev);
  g_clear_pointer (&self->fallback_questions, g_ptr_array_unref);
  g_clear_pointer (&self->level_questions, g_hash_table_unref);
  g_clear_pointer (&self->default_loops, g_hash_table_unref);
  g_clear_pointer (&self->years_regex, g_regex_unref);
  g_clear_pointer (&self->title_bags, g_ptr_array_unref);
  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (cal_jd_analyzer_parent_class)->finalize (object);
}

static void
cal_jd_analyzer_class_init (CalJdAnalyzerClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cal_jd_analyzer_finalize;
}

static void
cal_jd_analyzer_init (CalJdAnalyzer *self)
{
  phrase_index_init (&self->headings);
  phrase_index_init (&self->body);
  phrase_index_init (&self->titles);
  self->title_bags = g_ptr_array_new_with_free_func ((GDestroyNotify) title_bag_free);
}

/**
 * cal_jd_analyzer_new:
 * @catalog: (nullable): the catalog to use, or %NULL for the default one
 * @error: return location for a #GError
 *
 * Creates an analyzer and reads its rules (data/catalog/jd-rules.json) from
 * the catalog's source. The analyzer never changes afterwards and may be
 * shared between threads.
 *
 * Returns: (transfer full): the analyzer, or %NULL with @error set
 */
CalJdAnalyzer *
cal_jd_analyzer_new (CalCatalog  *catalog,
                     GError     **error)
{
  g_autoptr(CalJdAnalyzer) self = g_object_new (CAL_TYPE_JD_ANALYZER, NULL);

  g_return_val_if_fail (catalog == NULL || CAL_IS_CATALOG (catalog), NULL);

  self->catalog = g_object_ref (catalog != NULL ? catalog : cal_catalog_get_default ());
  self->years_regex = g_regex_new ("\\b(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen)"
                                   "\\s*(?:\\+|plus)?\\s*(?:(?:-|–|to)\\s*\\d{1,2}\\s*\\+?\\s*)?(?:or more\\s+|or\\s+more\\s+)?"
                                   "(?:years?|yrs?)\\b",
                                   G_REGEX_CASELESS | G_REGEX_OPTIMIZE, 0, NULL);
  g_assert (self->years_regex != NULL);

  if (!load_rules (self, error))
    return NULL;
  return g_steal_pointer (&self);
}

/**
 * cal_jd_analyzer_get_catalog:
 * @self: an analyzer
 *
 * Returns: (transfer none): the catalog it reads
 */
CalCatalog *
cal_jd_analyzer_get_catalog (CalJdAnalyzer *self)
{
  g_return_val_if_fail (CAL_IS_JD_ANALYZER (self), NULL);
  return self->catalog;
}

/* --- the document ------------------------------------------------------- */

typedef struct
{
  guint        start;
  guint        end;
  guint        first_token;
  guint        n_tokens;
  int          heading;     /* 0: not a heading; n: heading level */
  gboolean     bullet;
  SectionKind  section;
} Line;

typedef struct
{
  CalJdAnalyzer *analyzer;
  const char    *text;
  gsize          length;
  char          *lower;
  CalTokens     *tokens;
  GArray        *lines;
  GHashTable    *front_matter;
} Doc;

static void
doc_clear (Doc *doc)
{
  g_free (doc->lower);
  cal_tokens_free (doc->tokens);
  g_array_unref (doc->lines);
}

static Line *
doc_line (Doc   *doc,
          guint  i)
{
  return &g_array_index (doc->lines, Line, i);
}

static char *
line_text (Doc  *doc,
           Line *line)
{
  const char *p = doc->text + line->start;
  const char *e = doc->text + line->end;

  while (p < e && (*p == '#' || *p == ' ' || *p == '\t' || *p == '-' || *p == '*' || *p == '>'))
    p++;
  return g_strndup (p, e - p);
}

typedef struct
{
  int      best_rank;
  SectionKind kind;
  guint    first;
} HeadingMatch;

static void
heading_hit (guint first, guint n, const Hit *hit, gpointer user_data)
{
  HeadingMatch *m = user_data;

  if (hit->type != HIT_SECTION)
    return;
  if (m->best_rank < 0 || hit->rank < (guint) m->best_rank)
    {
      m->best_rank = hit->rank;
      m->kind = hit->index;
      m->first = first;
    }
}

static SectionKind
classify_heading (Doc  *doc,
                  Line *line)
{
  HeadingMatch m = { -1, SECTION_NONE, 0 };
  CalToken *first;

  if (line->n_tokens == 0)
    return SECTION_NONE;

  phrase_index_scan (&doc->analyzer->headings, doc->tokens, line->first_token,
                     line->first_token + line->n_tokens, heading_hit, &m);

  first = cal_tokens_get (doc->tokens, line->first_token);
  /* "About Acme" describes the company, "About you" the candidate. */
  if (g_str_equal (first->norm, "about") && line->n_tokens >= 2 &&
      (m.best_rank < 0 || m.kind == SECTION_COMPANY))
    {
      const char *next = cal_tokens_get (doc->tokens, line->first_token + 1)->norm;

      if (!g_str_equal (next, "you") && !g_str_equal (next, "the") && !g_str_equal (next, "this"))
        return SECTION_COMPANY;
    }
  return m.best_rank >= 0 ? m.kind : SECTION_NONE;
}

static gboolean
line_is_section_heading_like (Doc  *doc,
                              Line *line)
{
  HeadingMatch m = { -1, SECTION_NONE, 0 };

  phrase_index_scan (&doc->analyzer->headings, doc->tokens, line->first_token,
                     line->first_token + MIN (line->n_tokens, 6), heading_hit, &m);
  return m.best_rank >= 0 && m.first == line->first_token;
}

static void
doc_init (Doc           *doc,
          CalJdAnalyzer *analyzer,
          const char    *text,
          GHashTable    *front_matter)
{
  guint t = 0;
  const char *p;
  SectionKind section = SECTION_NONE;
  int section_level = 0;

  doc->analyzer = analyzer;
  doc->text = text;
  doc->length = strlen (text);
  doc->lower = g_ascii_strdown (text, doc->length);
  doc->tokens = cal_tokens_new (text, doc->length);
  doc->lines = g_array_new (FALSE, TRUE, sizeof (Line));
  doc->front_matter = front_matter;

  p = text;
  while (*p != '\0' || p == text)
    {
      const char *eol = strchr (p, '\n');
      Line line = { 0 };
      const char *q;
      gsize raw_len;

      if (eol == NULL)
        eol = p + strlen (p);
      line.start = p - text;
      line.end = eol - text;

      line.first_token = t;
      while (t < cal_tokens_len (doc->tokens) && cal_tokens_get (doc->tokens, t)->start < line.end)
        t++;
      line.n_tokens = t - line.first_token;

      q = p;
      while (q < eol && (*q == ' ' || *q == '\t'))
        q++;
      raw_len = eol - q;
      line.bullet = (*q == '-' || *q == '*' || *q == '+') && q + 1 < eol && q[1] == ' ';
      if ((guchar) q[0] == 0xE2 && (guchar) q[1] == 0x80 && (guchar) q[2] == 0xA2)
        line.bullet = TRUE;

      if (*q == '#')
        {
          int level = 0;
          while (q[level] == '#')
            level++;
          line.heading = level;
        }
      else if (line.n_tokens > 0 && !line.bullet)
        {
          gboolean colon = raw_len > 0 && eol[-1] == ':';
          gboolean all_caps = TRUE;

          for (guint i = 0; i < line.n_tokens && all_caps; i++)
            {
              CalToken *tok = cal_tokens_get (doc->tokens, line.first_token + i);
              if (!(tok->flags & CAL_TOKEN_ALL_CAPS) && !(tok->flags & CAL_TOKEN_HAS_DIGIT))
                all_caps = FALSE;
            }

          if ((colon && line.n_tokens <= 8) ||
              (all_caps && line.n_tokens <= 8 && line.n_tokens >= 1 && raw_len > 3) ||
              (line.n_tokens <= 7 && eol[-1] != '.' && eol[-1] != ',' &&
               line_is_section_heading_like (doc, &line)))
            line.heading = 3;
        }

      if (line.heading > 0)
        {
          SectionKind kind = classify_heading (doc, &line);

          /* A sub-heading without a known kind stays inside its parent
           * section ("### Backend" under "## Requirements"). */
          if (kind != SECTION_NONE || line.heading <= section_level || section_level == 0)
            {
              section = kind;
              section_level = line.heading;
            }
          line.section = kind;
        }
      else
        line.section = section;

      g_array_append_val (doc->lines, line);
      if (*eol == '\0')
        break;
      p = eol + 1;
    }
}

static guint
doc_line_of_token (Doc   *doc,
                   guint  token)
{
  return cal_tokens_get (doc->tokens, token)->line;
}

static gboolean
section_counts_for_job (SectionKind section)
{
  return section != SECTION_COMPANY && section != SECTION_BENEFITS && section != SECTION_PROCESS;
}

/* --- skills ------------------------------------------------------------- */

typedef struct
{
  const CalCatalogSkill *skill;
  guint                  token;
  guint                  n;
} SkillHit;

static gboolean
skill_context_ok (Doc                   *doc,
                  const CalCatalogSkill *skill,
                  guint                  i,
                  guint                  n)
{
  CalToken *tok;
  const char *after;

  if (!skill->ambiguous || n > 1)
    return TRUE;

  /* "Go", "Rust" or "Swift" are ordinary words too. Count them when
   * capitalised mid-sentence ("experience with Go") or in a list
   * ("Go, Python"), not at the start of a sentence ("Go further"). */
  tok = cal_tokens_get (doc->tokens, i);
  if (!(tok->flags & CAL_TOKEN_CAPITALISED))
    return FALSE;
  if (!(tok->flags & CAL_TOKEN_SENTENCE_START))
    return TRUE;
  /* A list item that is only a name or two ("- Rust") is a skill list. */
  if (tok->line < doc->lines->len && doc_line (doc, tok->line)->n_tokens <= 3)
    return TRUE;
  after = doc->text + tok->end;
  return *after == ',' || *after == '/' || *after == ')' || (*after == ' ' && after[1] == '&');
}

/* Longest alias first at each position, and a matched alias hides the
 * shorter ones inside it ("ruby on rails" is not also "ruby"). */
static GArray *
find_skill_hits (Doc *doc)
{
  GArray *hits = g_array_new (FALSE, FALSE, sizeof (SkillHit));
  guint max_words = cal_catalog_get_max_alias_words (doc->analyzer->catalog);
  guint len = cal_tokens_len (doc->tokens);
  GString *key = g_string_new (NULL);

  for (guint i = 0; i < len; )
    {
      const CalCatalogSkill *best = NULL;
      guint best_n = 0;

      g_string_truncate (key, 0);
      for (guint n = 1; n <= max_words && i + n <= len; n++)
        {
          const CalCatalogSkill *skill;
          CalToken *tok = cal_tokens_get (doc->tokens, i + n - 1);

          /* Aliases never span lines. */
          if (n > 1 && tok->line != cal_tokens_get (doc->tokens, i)->line)
            break;
          if (n > 1)
            g_string_append_c (key, ' ');
          g_string_append (key, tok->norm);
          skill = cal_catalog_lookup_skill_alias (doc->analyzer->catalog, key->str);
          if (skill != NULL && skill_context_ok (doc, skill, i, n))
            {
              best = skill;
              best_n = n;
            }
        }

      if (best != NULL)
        {
          SkillHit hit = { best, i, best_n };
          g_array_append_val (hits, hit);
          i += best_n;
        }
      else
        i++;
    }
  g_string_free (key, TRUE);
  return hits;
}

static char *
evidence_for_line (Doc  *doc,
                   Line *line)
{
  g_autofree char *text = line_text (doc, line);

  g_strstrip (text);
  if (g_utf8_strlen (text, -1) > 200)
    {
      char *cut = g_utf8_offset_to_pointer (text, 197);
      *cut = '\0';
      return g_strconcat (text, "…", NULL);
    }
  return g_steal_pointer (&text);
}

static void
preferred_cue_hit (guint first, guint n, const Hit *hit, gpointer user_data)
{
  if (hit->type == HIT_PREFERRED_CUE)
    *(gboolean *) user_data = TRUE;
}

static gboolean
line_has_preferred_cue (Doc  *doc,
                        Line *line)
{
  gboolean found = FALSE;

  phrase_index_scan (&doc->analyzer->body, doc->tokens, line->first_token,
                     line->first_token + line->n_tokens, preferred_cue_hit, &found);
  return found;
}

static void
analyze_skills (Doc           *doc,
                CalJdAnalysis *analysis)
{
  g_autoptr(GArray) hits = find_skill_hits (doc);
  g_autoptr(GHashTable) required = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) preferred = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) order = g_ptr_array_new ();
  g_autoptr(GHashTable) evidence = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr(GHashTable) cue_cache = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autofree char *company = analysis->company != NULL ? cal_catalog_normalize_phrase (analysis->company) : NULL;

  for (guint i = 0; i < hits->len; i++)
    {
      SkillHit *hit = &g_array_index (hits, SkillHit, i);
      guint line_no = doc_line_of_token (doc, hit->token);
      Line *line = doc_line (doc, line_no);
      gboolean is_preferred;
      gpointer cached;

      /* Headings name sections ("Requirements"), not skills. */
      if (!section_counts_for_job (line->section) || line->heading > 0)
        continue;
      /* "Acme is hiring" uses the word as a verb. */
      if (hit->n == 1 && hit->token > 0)
        {
          const char *before = cal_tokens_get (doc->tokens, hit->token - 1)->norm;
          if (g_str_equal (before, "is") || g_str_equal (before, "are") || g_str_equal (before, "we're") ||
              g_str_equal (before, "now") || g_str_equal (before, "re"))
            continue;
        }
      /* The employer's own name is not a skill the job asks for. */
      if (company != NULL)
        {
          g_autofree char *named = cal_tokens_join (doc->tokens, hit->token, hit->n);
          const char *norm = cal_tokens_get (doc->tokens, hit->token)->norm;

          if (g_str_equal (named, company) || (hit->n == 1 && g_str_has_prefix (norm, company) &&
                                               (norm[strlen (company)] == '.' || norm[strlen (company)] == '\'')))
            continue;
        }

      if (!g_hash_table_lookup_extended (cue_cache, GUINT_TO_POINTER (line_no + 1), NULL, &cached))
        {
          cached = GINT_TO_POINTER (line_has_preferred_cue (doc, line) ? 2 : 1);
          g_hash_table_insert (cue_cache, GUINT_TO_POINTER (line_no + 1), cached);
        }
      is_preferred = line->section == SECTION_PREFERRED || GPOINTER_TO_INT (cached) == 2;

      if (!g_hash_table_contains (required, hit->skill->id) &&
          !g_hash_table_contains (preferred, hit->skill->id))
        g_ptr_array_add (order, (gpointer) hit->skill);

      if (is_preferred)
        {
          if (!g_hash_table_contains (preferred, hit->skill->id) &&
              !g_hash_table_contains (required, hit->skill->id))
            g_hash_table_insert (evidence, hit->skill->id, evidence_for_line (doc, line));
          g_hash_table_add (preferred, hit->skill->id);
        }
      else
        {
          /* Required wins over preferred; the evidence follows. */
          if (!g_hash_table_contains (required, hit->skill->id))
            g_hash_table_insert (evidence, hit->skill->id, evidence_for_line (doc, line));
          g_hash_table_add (required, hit->skill->id);
        }
    }

  for (guint i = 0; i < order->len; i++)
    {
      const CalCatalogSkill *skill = g_ptr_array_index (order, i);
      CalJdSkill *s = cal_jd_skill_new (skill->id, skill->name,
                                        g_hash_table_lookup (evidence, skill->id));

      if (g_hash_table_contains (required, skill->id))
        g_ptr_array_add (analysis->required_skills, s);
      else
        g_ptr_array_add (analysis->preferred_skills, s);
    }
}

/* --- title and track ---------------------------------------------------- */

typedef struct
{
  CalJdAnalyzer *analyzer;
  int            track;       /* best track index, -1 for none */
  guint          score;       /* 2 per word in order, one less out of order */
  guint          track_words;
  guint          track_rank;
  guint          track_first;
  guint          track_n;
  gboolean       any_alias;
} TitleMatch;

static void
title_hit (guint first, guint n, const Hit *hit, gpointer user_data)
{
  TitleMatch *m = user_data;

  if (hit->type == HIT_TRACK_TITLE)
    {
      /* The longest pattern is the most specific; among equals, the one
       * its track lists first, then the track listed first. */
      if (m->track < 0 || 2 * n > m->score ||
          (2 * n == m->score && hit->rank < m->track_rank))
        {
          m->score = 2 * n;
          m->track = hit->index;
          m->track_words = n;
          m->track_rank = hit->rank;
          m->track_first = first;
          m->track_n = n;
        }
    }
  else if (hit->type == HIT_ALIAS)
    m->any_alias = TRUE;
}

static void
match_title_line (Doc        *doc,
                  Line       *line,
                  TitleMatch *m)
{
  m->analyzer = doc->analyzer;
  m->track = -1;
  m->track_words = 0;
  m->track_rank = G_MAXUINT;
  m->any_alias = FALSE;
  m->score = 0;
  phrase_index_scan (&doc->analyzer->titles, doc->tokens, line->first_token,
                     line->first_token + line->n_tokens, title_hit, m);

  for (guint b = 0; b < doc->analyzer->title_bags->len; b++)
    {
      TitleBag *bag = g_ptr_array_index (doc->analyzer->title_bags, b);
      guint n = g_strv_length (bag->words);
      gboolean all = TRUE;

      if (2 * n - 1 < m->score || (2 * n - 1 == m->score && bag->rank >= m->track_rank))
        continue;
      for (guint w = 0; w < n && all; w++)
        {
          gboolean found = FALSE;

          for (guint t = 0; t < line->n_tokens && !found; t++)
            found = g_str_equal (cal_tokens_get (doc->tokens, line->first_token + t)->norm, bag->words[w]);
          all = found;
        }
      if (all)
        {
          m->score = 2 * n - 1;
          m->track = bag->track;
          m->track_rank = bag->rank;
          m->track_words = n;
          m->track_first = G_MAXUINT;
          m->track_n = 0;
        }
    }
}

static char *
clean_title (const char *raw)
{
  g_autofree char *title = g_strstrip (g_strdup (raw));
  static const char *prefixes[] = { "job title:", "title:", "position:", "role:", "job:", "we're hiring:", "we are hiring:", "hiring:" };
  static const char *separators[] = { " | ", " — ", " – ", " at ", " @ " };
  char *cut;

  for (guint i = 0; i < G_N_ELEMENTS (prefixes); i++)
    if (g_ascii_strncasecmp (title, prefixes[i], strlen (prefixes[i])) == 0)
      {
        char *rest = g_strstrip (g_strdup (title + strlen (prefixes[i])));
        g_free (title);
        title = rest;
        break;
      }

  for (guint i = 0; i < G_N_ELEMENTS (separators); i++)
    if ((cut = strstr (title, separators[i])) != NULL && cut != title)
      *cut = '\0';

  /* "(Remote)" and similar trail off the title. */
  if ((cut = strrchr (title, '(')) != NULL && cut != title)
    {
      g_autofree char *inner = g_ascii_strdown (cut, -1);
      if (strstr (inner, "remote") || strstr (inner, "hybrid") || strstr (inner, "onsite") ||
          strstr (inner, "on-site") || strstr (inner, "f/m") || strstr (inner, "m/f") ||
          strstr (inner, "all genders"))
        *cut = '\0';
    }
  g_strstrip (title);
  while (*title != '\0' && (title[strlen (title) - 1] == ',' || title[strlen (title) - 1] == '-' ||
                            title[strlen (title) - 1] == ':'))
    {
      title[strlen (title) - 1] = '\0';
      g_strstrip (title);
    }
  return g_steal_pointer (&title);
}

/* Returns the line index of the title, or -1. */
static int
find_title_line (Doc        *doc,
                 TitleMatch *match)
{
  int first_heading = -1;
  guint scanned = 0;

  /* A document that opens with a heading opens with its title. */
  for (guint i = 0; i < doc->lines->len; i++)
    {
      Line *line = doc_line (doc, i);
      const char *lower = doc->lower + line->start;

      if (line->n_tokens == 0 || g_str_has_prefix (lower, "company:"))
        continue;
      if (line->heading > 0 && line->heading <= 2 && line->n_tokens <= 14 &&
          doc->text[line->start] == '#')
        {
          match_title_line (doc, line, match);
          return i;
        }
      break;
    }

  for (guint i = 0; i < doc->lines->len && scanned < 25; i++)
    {
      Line *line = doc_line (doc, i);
      TitleMatch m;

      if (line->n_tokens == 0)
        continue;
      scanned++;
      if (line->n_tokens > 14)
        continue;
      if (line->heading > 0 && first_heading < 0)
        first_heading = i;

      match_title_line (doc, line, &m);
      if (m.track >= 0)
        {
          *match = m;
          return i;
        }
    }

  if (first_heading >= 0)
    {
      match_title_line (doc, doc_line (doc, first_heading), match);
      return first_heading;
    }
  return -1;
}

typedef struct
{
  guint *votes;
  guint  n_tracks;
} VoteData;

static void
vote_hit (guint first, guint n, const Hit *hit, gpointer user_data)
{
  VoteData *v = user_data;

  if (hit->index >= v->n_tracks)
    return;
  if (hit->type == HIT_TRACK_KEYWORD)
    v->votes[hit->index] += 1;
  else if (hit->type == HIT_TRACK_TITLE)
    v->votes[hit->index] += 2 * n;
}

static int
vote_track (Doc *doc)
{
  GPtrArray *tracks = cal_catalog_get_tracks (doc->analyzer->catalog);
  g_autofree guint *votes = g_new0 (guint, tracks->len + 1);
  VoteData data = { votes, tracks->len };
  int best = -1;

  for (guint i = 0; i < doc->lines->len; i++)
    {
      Line *line = doc_line (doc, i);

      if (!section_counts_for_job (line->section))
        continue;
      phrase_index_scan (&doc->analyzer->body, doc->tokens, line->first_token,
                         line->first_token + line->n_tokens, vote_hit, &data);
    }

  for (guint i = 0; i < tracks->len; i++)
    if (votes[i] >= 2 && (best < 0 || votes[i] > votes[best]))
      best = i;
  return best;
}

static gboolean
track_shares_title_word (Doc   *doc,
                         int    track_index,
                         Line  *line)
{
  for (guint b = 0; b < doc->analyzer->title_bags->len; b++)
    {
      TitleBag *bag = g_ptr_array_index (doc->analyzer->title_bags, b);

      if ((int) bag->track != track_index)
        continue;
      for (guint w = 0; bag->words[w] != NULL; w++)
        for (guint t = 0; t < line->n_tokens; t++)
          if (g_str_equal (cal_tokens_get (doc->tokens, line->first_token + t)->norm, bag->words[w]) &&
              !g_hash_table_contains (doc->analyzer->level_words, bag->words[w]))
            return TRUE;
    }
  return FALSE;
}

/* --- level -------------------------------------------------------------- */

typedef struct
{
  Doc             *doc;
  const char      *ladder;
  guint            mask_first;   /* tokens of the track pattern */
  guint            mask_n;
  GPtrArray       *levels;       /* const CalCatalogLevel *, in title order */
  guint            covered_until;
  GArray          *raw;          /* AliasHit */
} AliasScan;

typedef struct
{
  guint first;
  guint n;
  const CalCatalogLevel *level;
} AliasHit;

static void
alias_hit (guint first, guint n, const Hit *hit, gpointer user_data)
{
  AliasScan *s = user_data;
  CalCatalog *catalog = s->doc->analyzer->catalog;
  const CalCatalogLevel *level;
  CalToken *tok = cal_tokens_get (s->doc->tokens, first);
  AliasHit ah;

  if (hit->type != HIT_ALIAS)
    return;
  if (hit->extra == 1)
    level = g_ptr_array_index (cal_catalog_get_levels (catalog), hit->index);
  else
    {
      CalCatalogLevelAlias *alias = g_ptr_array_index (cal_catalog_get_level_aliases (catalog), hit->index);
      level = cal_catalog_get_level (catalog, alias->level);
    }
  if (level == NULL)
    return;

  /* A one-letter alias is the Roman numeral "I", never the pronoun or a
   * lowercase letter, and never the first word of a title. */
  if (n == 1 && strlen (tok->norm) == 1 &&
      (!(tok->flags & CAL_TOKEN_CAPITALISED) || first == s->mask_first + 0 * s->mask_n ||
       (tok->flags & CAL_TOKEN_SENTENCE_START)))
    return;

  /* "manager" inside "product manager" is part of the role's name, not a
   * management level: ignore aliases inside the track pattern that belong
   * to the other ladder. */
  if (s->mask_n > 0 && first >= s->mask_first && first + n <= s->mask_first + s->mask_n &&
      s->ladder != NULL && level->ladder != NULL && !g_str_equal (s->ladder, level->ladder))
    return;

  ah.first = first;
  ah.n = n;
  ah.level = level;
  g_array_append_val (s->raw, ah);
}

/* Picks non-overlapping alias hits, longest first at each position, and
 * returns their levels in title order. */
static GPtrArray *
title_levels (Doc        *doc,
              Line       *line,
              TitleMatch *match,
              const char *ladder)
{
  AliasScan scan = { doc, ladder, 0, 0, NULL, 0, NULL };
  GPtrArray *levels = g_ptr_array_new ();
  guint covered_until = 0;

  if (line == NULL)
    return levels;
  if (match->track >= 0)
    {
      scan.mask_first = match->track_first;
      scan.mask_n = match->track_n;
    }
  else
    scan.mask_first = G_MAXUINT;
  scan.raw = g_array_new (FALSE, FALSE, sizeof (AliasHit));
  phrase_index_scan (&doc->analyzer->titles, doc->tokens, line->first_token,
                     line->first_token + line->n_tokens, alias_hit, &scan);

  for (guint i = 0; i < scan.raw->len; i++)
    {
      AliasHit *h = &g_array_index (scan.raw, AliasHit, i);
      AliasHit *best = h;

      if (h->first < covered_until)
        continue;
      /* The longest hit starting here, or overlapping it further on. */
      for (guint j = i + 1; j < scan.raw->len; j++)
        {
          AliasHit *o = &g_array_index (scan.raw, AliasHit, j);

          if (o->first >= best->first + best->n)
            break;
          if (o->first + o->n > best->first + best->n && o->n > best->n)
            best = o;
        }
      covered_until = best->first + best->n;
      if (levels->len == 0 || g_ptr_array_index (levels, levels->len - 1) != best->level)
        g_ptr_array_add (levels, (gpointer) best->level);
    }

  g_array_unref (scan.raw);
  return levels;
}

static int
parse_number_word (const char *word)
{
  static const char *words[] = { "zero", "one", "two", "three", "four", "five", "six", "seven",
                                 "eight", "nine", "ten", "eleven", "twelve", "thirteen",
                                 "fourteen", "fifteen" };

  if (g_ascii_isdigit (word[0]))
    return atoi (word);
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_ascii_strcasecmp (word, words[i]) == 0)
      return i;
  return -1;
}

static gboolean
line_is_about_experience (const char *lower_line)
{
  static const char *excluded[] = { " ago", "founded", "years old", "anniversary", "history",
                                    "vest", "per year", "a year", "each year", "every year",
                                    "annual", "since ", "for over", "for more than", "typically",
                                    "no requirement", "not required" };
  static const char *experience[] = { "experience", "professional", "background", "track record",
                                      "working", "worked", "industry", "developing", "building",
                                      "managing", "leading", "hands-on", "in a role", "as a" };
  gboolean about_experience = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (excluded); i++)
    if (strstr (lower_line, excluded[i]) != NULL)
      return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (experience) && !about_experience; i++)
    about_experience = strstr (lower_line, experience[i]) != NULL;
  return about_experience;
}

static int
analyze_years (Doc *doc)
{
  int best = -1;

  for (guint i = 0; i < doc->lines->len; i++)
    {
      Line *line = doc_line (doc, i);
      g_autoptr(GMatchInfo) info = NULL;
      g_autofree char *lower = NULL;

      if (line->section == SECTION_PREFERRED || !section_counts_for_job (line->section))
        continue;
      if (line->end - line->start < 7)
        continue;
      lower = g_strndup (doc->lower + line->start, line->end - line->start);
      if (strstr (lower, "year") == NULL && strstr (lower, "yrs") == NULL)
        continue;
      if (!line_is_about_experience (lower))
        continue;

      g_regex_match (doc->analyzer->years_regex, lower, 0, &info);
      while (g_match_info_matches (info))
        {
          g_autofree char *number = g_match_info_fetch (info, 1);
          int years = parse_number_word (number);
          int match_start = 0;

          /* "in the past 3 years" and "over the next few years" are
           * periods of time, not experience asked for. */
          g_match_info_fetch_pos (info, 0, &match_start, NULL);
          if (match_start >= 5)
            {
              g_autofree char *before = g_strndup (lower + MAX (0, match_start - 8), MIN (match_start, 8));
              if (strstr (before, "last") || strstr (before, "past") || strstr (before, "next") ||
                  strstr (before, "within") || strstr (before, "first"))
                years = -1;
            }
          /* "Ideally 5+ years" is a wish; "7+ years …, preferably in open
           * source" still asks for seven. */
          {
            g_autofree char *prefix = g_strndup (lower, match_start);
            for (guint c = 0; doc->analyzer->preferred_cue_list[c] != NULL && years >= 0; c++)
              if (strstr (prefix, doc->analyzer->preferred_cue_list[c]) != NULL)
                years = -1;
          }

          if (years >= 0 && years <= 25 && years > best)
            best = years;
          g_match_info_next (info, NULL);
        }
    }
  return best;
}

typedef struct
{
  guint *counts;
  guint  n;
} ScopeCount;

static void
scope_hit (guint first, guint n, const Hit *hit, gpointer user_data)
{
  ScopeCount *c = user_data;

  if (hit->type == HIT_SCOPE && hit->index < c->n)
    c->counts[hit->index]++;
}

/* Returns the scope id the responsibilities speak of most, the widest one
 * among equals, or NULL. */
static const char *
analyze_scope (Doc *doc)
{
  GPtrArray *scopes = doc->analyzer->scopes;
  g_autofree guint *counts = g_new0 (guint, scopes->len + 1);
  ScopeCount data = { counts, scopes->len };
  int best = -1;

  for (guint i = 0; i < doc->lines->len; i++)
    {
      Line *line = doc_line (doc, i);

      if (line->section != SECTION_RESPONSIBILITIES && line->section != SECTION_REQUIRED &&
          line->section != SECTION_NONE)
        continue;
      phrase_index_scan (&doc->analyzer->body, doc->tokens, line->first_token,
                         line->first_token + line->n_tokens, scope_hit, &data);
    }

  /* The rules list the widest scope first. */
  for (guint i = 0; i < scopes->len; i++)
    if (counts[i] > 0 && (best < 0 || counts[i] > counts[best]))
      best = i;
  return best >= 0 ? ((NamedRule *) g_ptr_array_index (scopes, best))->name : NULL;
}

static const CalCatalogLevel *
level_for_years (CalCatalog *catalog,
                 const char *ladder,
                 int         years)
{
  GPtrArray *levels = cal_catalog_get_levels (catalog);
  const CalCatalogLevel *best = NULL;

  for (guint i = 0; i < levels->len; i++)
    {
      const CalCatalogLevel *level = g_ptr_array_index (levels, i);

      if (g_strcmp0 (level->ladder, ladder) != 0 || level->years_min < 0)
        continue;
      /* Years alone never justify more than staff or senior manager. */
      if (level->years_min <= years && (best == NULL || level->rank > best->rank) &&
          level->rank <= (g_strcmp0 (ladder, "ic") == 0 ? 5 : 6))
        best = level;
    }
  return best;
}

static const CalCatalogLevel *
level_for_scope (CalCatalog *catalog,
                 const char *ladder,
                 const char *scope)
{
  GPtrArray *levels = cal_catalog_get_levels (catalog);

  for (guint i = 0; scope != NULL && i < levels->len; i++)
    {
      const CalCatalogLevel *level = g_ptr_array_index (levels, i);

      if (g_strcmp0 (level->ladder, ladder) == 0 && g_strcmp0 (level->scope, scope) == 0)
        return level;
    }
  return NULL;
}

static const CalCatalogLevel *
default_level (CalCatalog *catalog,
               const char *ladder)
{
  return cal_catalog_get_level (catalog, g_strcmp0 (ladder, "management") == 0 ? "manager" : "mid");
}

static void
analyze_level (Doc                   *doc,
               CalJdAnalysis         *analysis,
               Line                  *title_line,
               TitleMatch            *match,
               const CalCatalogTrack *track)
{
  CalCatalog *catalog = doc->analyzer->catalog;
  const char *ladder = track != NULL && track->ladder != NULL ? track->ladder : "ic";
  g_autoptr(GPtrArray) from_title = NULL;
  g_autoptr(GPtrArray) on_ladder = g_ptr_array_new ();
  g_autoptr(GStrvBuilder) alternatives = g_strv_builder_new ();
  const CalCatalogLevel *level = NULL;
  const CalCatalogLevel *by_years = NULL;
  const CalCatalogLevel *by_scope = NULL;
  const char *scope;
  double confidence;

  from_title = title_levels (doc, title_line, match, ladder);
  /* The front matter may state the level outright. */
  if (doc->front_matter != NULL && g_hash_table_lookup (doc->front_matter, "level") != NULL)
    {
      g_autofree char *id = g_ascii_strdown (g_hash_table_lookup (doc->front_matter, "level"), -1);
      const CalCatalogLevel *stated = cal_catalog_get_level (catalog, id);

      if (stated != NULL)
        {
          g_ptr_array_set_size (from_title, 0);
          g_ptr_array_add (from_title, (gpointer) stated);
          ladder = stated->ladder;
        }
    }

  for (guint i = 0; i < from_title->len; i++)
    {
      const CalCatalogLevel *l = g_ptr_array_index (from_title, i);

      if (g_strcmp0 (l->ladder, ladder) == 0 && !g_ptr_array_find (on_ladder, l, NULL))
        g_ptr_array_add (on_ladder, (gpointer) l);
    }
  /* A management title on an IC track ("Director of Engineering" when only
   * engineering patterns matched) still names the level. */
  if (on_ladder->len == 0 && from_title->len > 0)
    {
      g_ptr_array_add (on_ladder, g_ptr_array_index (from_title, from_title->len - 1));
      ladder = ((const CalCatalogLevel *) g_ptr_array_index (on_ladder, 0))->ladder;
    }

  if (analysis->years_min >= 0)
    by_years = level_for_years (catalog, ladder, analysis->years_min);
  scope = analyze_scope (doc);
  by_scope = level_for_scope (catalog, ladder, scope);

  if (on_ladder->len > 0)
    {
      level = g_ptr_array_index (on_ladder, 0);
      confidence = 0.6;

      if (on_ladder->len > 1)
        {
          /* A title naming several levels ("Senior/Staff") fits all of
           * them; years asked decide which to lead with. */
          if (by_years != NULL && g_ptr_array_find (on_ladder, by_years, NULL))
            level = by_years;
          for (guint i = 0; i < on_ladder->len; i++)
            if (g_ptr_array_index (on_ladder, i) != level)
              g_strv_builder_add (alternatives, ((const CalCatalogLevel *) g_ptr_array_index (on_ladder, i))->id);
          confidence = 0.4;
        }
      else
        {
          if (by_years != NULL)
            confidence += ABS (by_years->rank - level->rank) == 0 ? 0.2 :
                          ABS (by_years->rank - level->rank) == 1 ? 0.1 : -0.1;
          if (by_scope != NULL)
            confidence += ABS (by_scope->rank - level->rank) == 0 ? 0.15 :
                          ABS (by_scope->rank - level->rank) == 1 ? 0.05 : -0.05;
        }
    }
  else if (by_years != NULL)
    {
      level = by_years;
      confidence = 0.45;
      if (by_scope != NULL && by_scope != by_years)
        {
          g_strv_builder_add (alternatives, by_scope->id);
          confidence = 0.35;
        }
      else if (by_scope != NULL)
        confidence = 0.6;
    }
  else if (by_scope != NULL && track != NULL)
    {
      /* A plain "Software Engineer" reads as mid unless the work itself
       * speaks of a wider scope. */
      const CalCatalogLevel *fallback = default_level (catalog, ladder);

      level = fallback != NULL && by_scope->rank < fallback->rank ? fallback : by_scope;
      confidence = 0.35;
    }
  else
    {
      level = default_level (catalog, ladder);
      confidence = 0.25;
    }

  if (level == NULL)
    return;

  analysis->level = g_strdup (level->id);
  analysis->band = g_strdup (cal_catalog_get_band_for_level (catalog, level->id));
  analysis->level_confidence = CLAMP (confidence, 0.05, 0.98);
  g_strfreev (analysis->level_alternatives);
  analysis->level_alternatives = g_strv_builder_end (alternatives);
}

/* --- company ------------------------------------------------------------ */

typedef struct
{
  char  *display;
  double score;
  guint  first;
  guint  pattern_hits;
  guint  mid_hits;       /* mentions not at the start of a sentence */
} CompanyCandidate;

static void
company_candidate_free (CompanyCandidate *c)
{
  g_free (c->display);
  g_free (c);
}

static gboolean
token_is_company_word (Doc      *doc,
                       CalToken *tok)
{
  if (!(tok->flags & (CAL_TOKEN_CAPITALISED | CAL_TOKEN_ALL_CAPS)))
    return FALSE;
  return !g_hash_table_contains (doc->analyzer->company_stopwords, tok->norm);
}

/* Reads the capitalised name starting at token @i: "Acme", "Acme Labs",
 * "GitLab". Returns the number of tokens, 0 if none. */
static guint
company_span (Doc   *doc,
              guint  i,
              guint  limit)
{
  guint n = 0;
  guint line = cal_tokens_get (doc->tokens, i)->line;

  while (i + n < limit && n < 4)
    {
      CalToken *tok = cal_tokens_get (doc->tokens, i + n);

      if (tok->line != line || !token_is_company_word (doc, tok))
        break;
      if (n > 0)
        {
          /* Words of one name sit next to each other with one space. */
          const char *gap = doc->text + cal_tokens_get (doc->tokens, i + n - 1)->end;
          if (gap + 1 != doc->text + tok->start || *gap != ' ')
            break;
          if (tok->flags & CAL_TOKEN_SENTENCE_START)
            break;
        }
      n++;
    }
  return n;
}

static char *
company_display (Doc   *doc,
                 guint  i,
                 guint  n)
{
  CalToken *a = cal_tokens_get (doc->tokens, i);
  CalToken *b = cal_tokens_get (doc->tokens, i + n - 1);
  char *name = g_strndup (doc->text + a->start, b->end - a->start);
  gsize len = strlen (name);
  static const char *suffixes[] = { "'s", "’s", ".com", ".io", ".ai", ".co", ".org", ".net", ".dev" };

  for (guint k = 0; k < G_N_ELEMENTS (suffixes); k++)
    {
      gsize m = strlen (suffixes[k]);
      if (len > m + 1 && g_ascii_strcasecmp (name + len - m, suffixes[k]) == 0)
        {
          name[len - m] = '\0';
          len -= m;
        }
    }
  return name;
}

/* Names that are also words of the trade need more than frequency to be
 * taken for the company: "GitLab" is a skill alias and a company, while
 * "Frontend" is only ever a role word. */
static gboolean
is_role_word (Doc        *doc,
              const char *norm)
{
  g_auto(GStrv) words = g_strsplit (norm, " ", -1);
  gboolean all_role_words = words[0] != NULL;

  for (guint i = 0; words[i] != NULL && all_role_words; i++)
    {
      gsize n = strlen (words[i]);
      g_autofree char *singular = n > 3 && words[i][n - 1] == 's' ? g_strndup (words[i], n - 1) : NULL;

      all_role_words = g_hash_table_contains (doc->analyzer->role_words, words[i]) ||
                       (singular != NULL && g_hash_table_contains (doc->analyzer->role_words, singular));
    }
  return all_role_words ||
         g_hash_table_contains (doc->analyzer->role_words, norm) ||
         g_hash_table_contains (doc->analyzer->titles.map, norm) ||
         g_hash_table_contains (doc->analyzer->headings.map, norm) ||
         g_hash_table_contains (doc->analyzer->body.map, norm);
}

/* "PostHog", "GitLab", "iOS": a capital after a small letter is how a
 * brand spells itself, never how a sentence capitalises a word. */
static gboolean
has_inner_capital (const char *name)
{
  for (const char *p = name; p[0] != '\0' && p[1] != '\0'; p++)
    if (g_ascii_islower (p[0]) && g_ascii_isupper (p[1]))
      return TRUE;
  return FALSE;
}

static void
add_company (Doc        *doc,
             GHashTable *candidates,
             guint       i,
             guint       n,
             double      score,
             gboolean    pattern)
{
  g_autofree char *display = company_display (doc, i, n);
  g_autofree char *key = g_ascii_strdown (display, -1);
  g_autofree char *norm = cal_catalog_normalize_phrase (display);
  CompanyCandidate *c;

  if (strlen (key) < 2 || g_hash_table_contains (doc->analyzer->company_stopwords, key) ||
      is_role_word (doc, norm))
    return;
  if (!pattern && cal_catalog_lookup_skill_alias (doc->analyzer->catalog, norm) != NULL)
    score /= 2;

  c = g_hash_table_lookup (candidates, key);
  if (c == NULL)
    {
      c = g_new0 (CompanyCandidate, 1);
      c->display = g_steal_pointer (&display);
      c->first = i;
      g_hash_table_insert (candidates, g_steal_pointer (&key), c);
    }
  else if (has_inner_capital (display) && !has_inner_capital (c->display))
    {
      /* A text that writes both "Posthog" and "PostHog" means the latter. */
      g_free (c->display);
      c->display = g_steal_pointer (&display);
    }
  c->score += score;
  if (pattern)
    c->pattern_hits++;
  if (!(cal_tokens_get (doc->tokens, i)->flags & CAL_TOKEN_SENTENCE_START))
    c->mid_hits++;
}

static gboolean
norm_is (Doc        *doc,
         guint       i,
         const char *word)
{
  return i < cal_tokens_len (doc->tokens) && g_str_equal (cal_tokens_get (doc->tokens, i)->norm, word);
}

static void
analyze_company (Doc           *doc,
                 CalJdAnalysis *analysis,
                 int            title_line)
{
  g_autoptr(GHashTable) candidates = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                            (GDestroyNotify) company_candidate_free);
  CompanyCandidate *best = NULL;
  GHashTableIter iter;
  gpointer value;

  if (doc->front_matter != NULL)
    {
      const char *stated = g_hash_table_lookup (doc->front_matter, "company");

      if (stated == NULL)
        stated = g_hash_table_lookup (doc->front_matter, "organization");
      if (stated != NULL && *stated != '\0')
        {
          analysis->company = g_strdup (stated);
          return;
        }
    }

  /* "Company: Acme" says it outright. */
  for (guint l = 0; l < doc->lines->len && l < 60; l++)
    {
      Line *line = doc_line (doc, l);

      if (line->n_tokens >= 2 && line->n_tokens <= 7 && !line->bullet &&
          (norm_is (doc, line->first_token, "company") || norm_is (doc, line->first_token, "employer") ||
           norm_is (doc, line->first_token, "organization") || norm_is (doc, line->first_token, "organisation")) &&
          doc->text[cal_tokens_get (doc->tokens, line->first_token)->end] == ':')
        {
          g_autofree char *value_text = g_strndup (doc->text + cal_tokens_get (doc->tokens, line->first_token + 1)->start,
                                                   line->end - cal_tokens_get (doc->tokens, line->first_token + 1)->start);
          analysis->company = g_strstrip (g_steal_pointer (&value_text));
          return;
        }
    }

  for (guint l = 0; l < doc->lines->len; l++)
    {
      Line *line = doc_line (doc, l);
      guint end = line->first_token + line->n_tokens;

      /* "About Acme" as a heading. */
      if (line->heading > 0 && line->n_tokens >= 2 && norm_is (doc, line->first_token, "about"))
        {
          guint n = company_span (doc, line->first_token + 1, end);
          if (n > 0 && line->first_token + 1 + n == end)
            add_company (doc, candidates, line->first_token + 1, n, 6.0, TRUE);
        }

      for (guint i = line->first_token; i < end; i++)
        {
          CalToken *tok = cal_tokens_get (doc->tokens, i);
          guint n;

          /* "join Acme", "at Acme": the name follows a cue word. */
          if ((g_str_equal (tok->norm, "join") || g_str_equal (tok->norm, "at") ||
               g_str_equal (tok->norm, "about")) && i + 1 < end)
            {
              n = company_span (doc, i + 1, end);
              if (n > 0)
                {
                  double weight = g_str_equal (tok->norm, "join") ? 4.0 :
                                  g_str_equal (tok->norm, "at") ? 2.0 : 0.5;
                  if ((int) l == title_line)
                    weight += 4.0;
                  add_company (doc, candidates, i + 1, n, weight, TRUE);
                }
            }

          if (!token_is_company_word (doc, tok))
            continue;
          n = company_span (doc, i, end);
          if (n == 0)
            continue;

          /* "Acme is hiring", "Acme is a…", "Acme builds…" */
          if (norm_is (doc, i + n, "is") || norm_is (doc, i + n, "are"))
            {
              if (norm_is (doc, i + n + 1, "hiring") || norm_is (doc, i + n + 1, "looking") ||
                  norm_is (doc, i + n + 1, "seeking"))
                add_company (doc, candidates, i, n, 5.0, TRUE);
              else if ((norm_is (doc, i + n + 1, "a") || norm_is (doc, i + n + 1, "an") ||
                        norm_is (doc, i + n + 1, "the")) && (tok->flags & CAL_TOKEN_SENTENCE_START))
                add_company (doc, candidates, i, n, 2.0, TRUE);
            }
          else if (norm_is (doc, i + n, "s") || g_str_has_suffix (cal_tokens_get (doc->tokens, i + n - 1)->norm, "'s"))
            add_company (doc, candidates, i, n, 0.5, FALSE);

          /* Every mention counts a little; a name at the start of a sentence
           * is only as good as a capitalised ordinary word. */
          add_company (doc, candidates, i, n, (tok->flags & CAL_TOKEN_SENTENCE_START) ? 0.6 : 1.0, FALSE);
          i += n - 1;
        }
    }

  g_hash_table_iter_init (&iter, candidates);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      CompanyCandidate *c = value;

      /* A word seen only at the start of sentences ("Next, …") is not a
       * name however often it occurs. */
      if (c->pattern_hits == 0 && (c->score < 2.5 || c->mid_hits == 0))
        continue;
      if (best == NULL || c->score > best->score ||
          (c->score == best->score && c->first < best->first))
        best = c;
    }

  if (best != NULL)
    analysis->company = g_strdup (best->display);
}

/* --- remote ------------------------------------------------------------- */

static guint
count_phrase (const char *haystack,
              const char *phrase)
{
  guint count = 0;
  gsize n = strlen (phrase);
  const char *p = haystack;

  while ((p = strstr (p, phrase)) != NULL)
    {
      gboolean left = p == haystack || !g_ascii_isalnum (p[-1]);
      gboolean right = !g_ascii_isalnum (phrase[n - 1]) || !g_ascii_isalnum (p[n]);

      if (left && right)
        count++;
      p += n;
    }
  return count;
}

static const char *
remote_of (CalJdAnalyzer *self,
           const char    *lower)
{
  guint counts[3] = { 0, 0, 0 };
  guint negations = 0;

  for (guint k = 0; k < 3; k++)
    for (guint i = 0; self->remote_phrases[k][i] != NULL; i++)
      counts[k] += count_phrase (lower, self->remote_phrases[k][i]);
  for (guint i = 0; self->remote_negations[i] != NULL; i++)
    negations += count_phrase (lower, self->remote_negations[i]);

  counts[REMOTE_ONSITE] += negations;
  counts[REMOTE_REMOTE] = counts[REMOTE_REMOTE] > negations ? counts[REMOTE_REMOTE] - negations : 0;

  if (counts[REMOTE_HYBRID] > 0 && counts[REMOTE_HYBRID] >= counts[REMOTE_REMOTE])
    return remote_names[REMOTE_HYBRID];
  if (counts[REMOTE_REMOTE] > 0 && counts[REMOTE_REMOTE] >= counts[REMOTE_ONSITE])
    return remote_names[REMOTE_REMOTE];
  if (counts[REMOTE_ONSITE] > 0)
    return remote_names[REMOTE_ONSITE];
  if (counts[REMOTE_HYBRID] > 0)
    return remote_names[REMOTE_HYBRID];
  return NULL;
}

static void
analyze_remote (Doc           *doc,
                CalJdAnalysis *analysis)
{
  const char *found = NULL;

  if (doc->front_matter != NULL)
    {
      const char *keys[] = { "remote", "workplace", "location" };

      for (guint i = 0; i < G_N_ELEMENTS (keys) && found == NULL; i++)
        {
          const char *v = g_hash_table_lookup (doc->front_matter, keys[i]);
          if (v != NULL)
            {
              g_autofree char *lower = g_ascii_strdown (v, -1);
              if (g_str_equal (lower, "true") || g_str_equal (lower, "yes"))
                found = remote_names[REMOTE_REMOTE];
              else if (g_str_equal (lower, "false") || g_str_equal (lower, "no"))
                found = remote_names[REMOTE_ONSITE];
              else if (strstr (lower, "hybrid"))
                found = remote_names[REMOTE_HYBRID];
              else if (strstr (lower, "remote"))
                found = remote_names[REMOTE_REMOTE];
              else if (strstr (lower, "onsite") || strstr (lower, "on-site") || strstr (lower, "office"))
                found = remote_names[REMOTE_ONSITE];
            }
        }
    }

  /* A "Location:" or "Workplace:" line is the employer's own answer. */
  for (guint l = 0; l < doc->lines->len && found == NULL; l++)
    {
      Line *line = doc_line (doc, l);
      const char *lower = doc->lower + line->start;

      if (g_str_has_prefix (lower, "location:") || g_str_has_prefix (lower, "workplace") ||
          g_str_has_prefix (lower, "work type:") || g_str_has_prefix (lower, "work model:") ||
          g_str_has_prefix (lower, "remote:") || g_str_has_prefix (lower, "work location:"))
        {
          g_autofree char *text = g_strndup (lower, line->end - line->start);
          found = remote_of (doc->analyzer, text);
        }
    }

  if (found == NULL)
    found = remote_of (doc->analyzer, doc->lower);
  analysis->remote = g_strdup (found);
}

/* --- product areas, stakeholders and round cues --------------------------- */

typedef struct
{
  Doc        *doc;
  GPtrArray  *stakeholders;   /* NamedRule *, first-seen order */
  GPtrArray  *areas;          /* char *, first-seen order */
  GHashTable *area_seen;
  GPtrArray  *round_cues;     /* RoundCue * */
  gboolean    in_job_section;
} BodyScan;

static void
add_area (BodyScan   *scan,
          const char *area)
{
  if (g_hash_table_contains (scan->area_seen, area) || scan->areas->len >= 10)
    return;
  g_hash_table_add (scan->area_seen, g_strdup (area));
  g_ptr_array_add (scan->areas, g_strdup (area));
}

static gboolean
is_filler_word (const char *w)
{
  static const char *fillers[] = { "the", "our", "a", "an", "and", "of", "to", "for", "with",
                                   "in", "on", "your", "their", "its", "new", "key", "core", "that", "which" };

  for (guint i = 0; i < G_N_ELEMENTS (fillers); i++)
    if (g_str_equal (w, fillers[i]))
      return TRUE;
  return FALSE;
}

static void
body_hit (guint first, guint n, const Hit *hit, gpointer user_data)
{
  BodyScan *scan = user_data;
  Doc *doc = scan->doc;

  switch (hit->type)
    {
    case HIT_STAKEHOLDER:
      if (scan->in_job_section)
        {
          NamedRule *rule = g_ptr_array_index (doc->analyzer->stakeholders, hit->index);
          if (!g_ptr_array_find (scan->stakeholders, rule, NULL))
            g_ptr_array_add (scan->stakeholders, rule);
        }
      break;

    case HIT_AREA:
      if (scan->in_job_section)
        add_area (scan, ((NamedRule *) g_ptr_array_index (doc->analyzer->areas, hit->index))->name);
      break;

    case HIT_LEAD_IN:
      if (scan->in_job_section)
        {
          /* The noun phrase after "you will work on": up to four words,
           * stopping at the end of the clause. */
          guint line = cal_tokens_get (doc->tokens, first)->line;
          guint i = first + n;
          g_autoptr(GString) phrase = g_string_new (NULL);
          guint words = 0;

          while (i < cal_tokens_len (doc->tokens) && words < 4)
            {
              CalToken *tok = cal_tokens_get (doc->tokens, i);
              const char *gap = doc->text + cal_tokens_get (doc->tokens, i - 1)->end;

              if (tok->line != line || (words > 0 && (tok->flags & CAL_TOKEN_SENTENCE_START)) ||
                  (words > 0 && (*gap == ',' || *gap == ';' || *gap == '.')))
                break;
              if (words > 0 && (g_str_equal (tok->norm, "and") || g_str_equal (tok->norm, "to") ||
                                g_str_equal (tok->norm, "that") || g_str_equal (tok->norm, "which") ||
                                g_str_equal (tok->norm, "for") || g_str_equal (tok->norm, "with")))
                break;
              if (!(words == 0 && is_filler_word (tok->norm)))
                {
                  if (phrase->len > 0)
                    g_string_append_c (phrase, ' ');
                  g_string_append (phrase, tok->norm);
                  words++;
                }
              i++;
            }
          if (words > 0)
            add_area (scan, phrase->str);
        }
      break;

    case HIT_ROUND_CUE:
      {
        RoundCue *cue = g_ptr_array_index (doc->analyzer->round_cues, hit->index);
        if (!g_ptr_array_find (scan->round_cues, cue, NULL))
          g_ptr_array_add (scan->round_cues, cue);
      }
      break;

    default:
      break;
    }
}

static GPtrArray *
analyze_body (Doc           *doc,
              CalJdAnalysis *analysis)
{
  BodyScan scan = { doc, g_ptr_array_new (), g_ptr_array_new_with_free_func (g_free),
                    g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
                    g_ptr_array_new (), FALSE };
  g_autoptr(GStrvBuilder) stakeholders = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) areas = g_strv_builder_new ();

  for (guint l = 0; l < doc->lines->len; l++)
    {
      Line *line = doc_line (doc, l);

      if (line->heading > 0)
        continue;
      scan.in_job_section = section_counts_for_job (line->section);
      phrase_index_scan (&doc->analyzer->body, doc->tokens, line->first_token,
                         line->first_token + line->n_tokens, body_hit, &scan);
    }

  for (guint i = 0; i < scan.stakeholders->len && i < 8; i++)
    g_strv_builder_add (stakeholders, ((NamedRule *) g_ptr_array_index (scan.stakeholders, i))->name);
  for (guint i = 0; i < scan.areas->len; i++)
    g_strv_builder_add (areas, g_ptr_array_index (scan.areas, i));

  g_strfreev (analysis->stakeholders);
  analysis->stakeholders = g_strv_builder_end (stakeholders);
  g_strfreev (analysis->product_areas);
  analysis->product_areas = g_strv_builder_end (areas);

  g_ptr_array_unref (scan.stakeholders);
  g_ptr_array_unref (scan.areas);
  g_hash_table_unref (scan.area_seen);
  return scan.round_cues;
}

/* --- loop and questions ------------------------------------------------- */

static const char *
display_band (CalCatalog *catalog,
              const char *level_id)
{
  const CalCatalogLevel *level = cal_catalog_get_level (catalog, level_id);

  return level != NULL && level->name != NULL ? level->name : level_id;
}

static gboolean
has_round (CalJdAnalysis *analysis,
           const char    *kind)
{
  for (guint i = 0; i < analysis->rounds->len; i++)
    if (g_strcmp0 (((CalJdRound *) g_ptr_array_index (analysis->rounds, i))->kind, kind) == 0)
      return TRUE;
  return FALSE;
}

static void
analyze_rounds (Doc           *doc,
                CalJdAnalysis *analysis,
                GPtrArray     *round_cues)
{
  CalCatalog *catalog = doc->analyzer->catalog;
  const CalCatalogTrack *track = cal_catalog_get_track (catalog, analysis->track);
  GPtrArray *loop = cal_catalog_get_loop (catalog, analysis->track, analysis->band);
  g_autofree char *role = g_strdup_printf ("%s %s",
                                           display_band (catalog, analysis->level) ? display_band (catalog, analysis->level) : "",
                                           track != NULL && track->name != NULL ? track->name : _("role"));

  g_strstrip (role);
  if (loop != NULL && loop->len > 0)
    {
      g_autofree char *why = g_strdup_printf (_("Typical loop for %s (catalog)"), role);

      for (guint i = 0; i < loop->len; i++)
        {
          CalCatalogLoopRound *r = g_ptr_array_index (loop, i);
          g_ptr_array_add (analysis->rounds, cal_jd_round_new (r->kind, r->title, why));
        }
    }
  else if (analysis->band != NULL)
    {
      GPtrArray *fallback = g_hash_table_lookup (doc->analyzer->default_loops, analysis->band);
      g_autofree char *why = g_strdup_printf (_("Common loop at this level when the catalog has none for %s (rule)"), role);

      for (guint i = 0; fallback != NULL && i < fallback->len; i++)
        {
          RoundCue *r = g_ptr_array_index (fallback, i);
          g_ptr_array_add (analysis->rounds, cal_jd_round_new (r->kind, r->title, why));
        }
    }

  /* What the JD itself says about the process adds to the loop or gives
   * an existing round a more specific reason. */
  for (guint i = 0; i < round_cues->len; i++)
    {
      RoundCue *cue = g_ptr_array_index (round_cues, i);

      if (!has_round (analysis, cue->kind))
        {
          /* A take-home replaces nothing, but it comes before the onsite. */
          CalJdRound *round = cal_jd_round_new (cue->kind, cue->title, cue->why);
          guint at = MIN (analysis->rounds->len, 1);

          g_ptr_array_insert (analysis->rounds, at, round);
        }
      else
        for (guint j = 0; j < analysis->rounds->len; j++)
          {
            CalJdRound *round = g_ptr_array_index (analysis->rounds, j);
            if (g_strcmp0 (round->kind, cue->kind) == 0)
              {
                g_free (round->why);
                round->why = g_strdup (cue->why);
              }
          }
    }
}

typedef struct
{
  GHashTable *seen;
  GPtrArray  *out;
} QuestionSet;

static gboolean
question_add (QuestionSet *set,
              const char  *text,
              const char  *round,
              const char  *competency,
              const char  *why)
{
  if (g_hash_table_contains (set->seen, text) || set->out->len >= 25)
    return FALSE;
  g_hash_table_add (set->seen, g_strdup (text));
  g_ptr_array_add (set->out, cal_jd_question_new (text, round, competency, why));
  return TRUE;
}

/* Fills the one "%s" of a rule template with a skill name; templates come
 * from our own rule file, so they are not printf() formats. */
static char *
substitute_skill (const char *template,
                  const char *name)
{
  const char *mark = strstr (template, "%s");
  GString *s;

  if (mark == NULL)
    return g_strdup (template);
  s = g_string_new (NULL);
  g_string_append_len (s, template, mark - template);
  g_string_append (s, name);
  g_string_append (s, mark + 2);
  return g_string_free (s, FALSE);
}

/* The rule template whose categories include the skill's, else the last. */
static RuleQuestion *
fallback_for_skill (CalJdAnalyzer *self,
                    const char    *skill_id)
{
  const CalCatalogSkill *skill = cal_catalog_get_skill (self->catalog, skill_id);
  GPtrArray *rules = self->fallback_questions;

  for (guint i = 0; skill != NULL && skill->category != NULL && i < rules->len; i++)
    {
      RuleQuestion *rule = g_ptr_array_index (rules, i);
      if (g_strv_contains ((const char * const *) rule->categories, skill->category))
        return rule;
    }
  return g_ptr_array_index (rules, rules->len - 1);
}

static const char *
required_skill_named_by (CalJdAnalysis      *analysis,
                         const CalCatalogQuestion *q)
{
  for (guint i = 0; q->skills != NULL && q->skills[i] != NULL; i++)
    for (guint j = 0; j < analysis->required_skills->len; j++)
      {
        CalJdSkill *s = g_ptr_array_index (analysis->required_skills, j);
        if (g_str_equal (s->id, q->skills[i]))
          return s->name;
      }
  return NULL;
}

static void
analyze_questions (Doc           *doc,
                   CalJdAnalysis *analysis)
{
  CalCatalog *catalog = doc->analyzer->catalog;
  QuestionSet set = { g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL), g_ptr_array_new () };
  g_autoptr(GPtrArray) pools = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  g_autofree guint *next = NULL;
  GPtrArray *level_rules;
  const char *band_name = analysis->band;
  g_autofree char *role = NULL;
  const CalCatalogTrack *track = cal_catalog_get_track (catalog, analysis->track);
  guint skill_next = 0;
  guint fallback_used = 0;
  gboolean progress = TRUE;

  role = g_strdup_printf ("%s %s", display_band (catalog, analysis->level) ? display_band (catalog, analysis->level) : "",
                          track != NULL && track->name != NULL ? track->name : _("role"));
  g_strstrip (role);

  /* The catalog rule for the level comes first: it is what the loop is
   * calibrated on. */
  level_rules = band_name != NULL ? g_hash_table_lookup (doc->analyzer->level_questions, band_name) : NULL;
  for (guint i = 0; level_rules != NULL && i < level_rules->len; i++)
    {
      RuleQuestion *q = g_ptr_array_index (level_rules, i);
      question_add (&set, q->text, q->round, q->competency, q->why);
    }

  for (guint r = 0; r < analysis->rounds->len; r++)
    {
      CalJdRound *round = g_ptr_array_index (analysis->rounds, r);
      g_ptr_array_add (pools, cal_catalog_find_questions (catalog, analysis->track, analysis->band, round->kind, NULL));
    }
  next = g_new0 (guint, pools->len + 1);

  /* Round robin over the rounds, one skill question between turns, so the
   * list covers the whole loop before it goes deep on one round. */
  while (set.out->len < 25 && progress)
    {
      progress = FALSE;
      for (guint r = 0; r < pools->len && set.out->len < 25; r++)
        {
          GPtrArray *pool = g_ptr_array_index (pools, r);
          CalJdRound *round = g_ptr_array_index (analysis->rounds, r);

          while (next[r] < pool->len)
            {
              const CalCatalogQuestion *q = g_ptr_array_index (pool, next[r]++);
              const char *skill = required_skill_named_by (analysis, q);
              g_autofree char *why = skill != NULL
                ? g_strdup_printf (_("You listed %s as required"), skill)
                : g_strdup_printf (_("%s rounds for a %s test this (catalog)"),
                                   round->title != NULL ? round->title : round->kind, role);

              if (question_add (&set, q->text, round->kind, q->competency, why))
                {
                  progress = TRUE;
                  break;
                }
            }
        }

      /* One question per required skill, from the bank if it has one. */
      while (skill_next < analysis->required_skills->len && set.out->len < 25)
        {
          CalJdSkill *skill = g_ptr_array_index (analysis->required_skills, skill_next++);
          const char *ids[] = { skill->id, NULL };
          g_autoptr(GPtrArray) bank = cal_catalog_find_questions (catalog, analysis->track, NULL, NULL, ids);
          g_autofree char *why = g_strdup_printf (_("You listed %s as required"), skill->name);
          gboolean added = FALSE;

          for (guint i = 0; i < bank->len && !added; i++)
            {
              const CalCatalogQuestion *q = g_ptr_array_index (bank, i);
              added = question_add (&set, q->text, q->round, q->competency, why);
            }
          if (!added && fallback_used < 3 && doc->analyzer->fallback_questions->len > 0)
            {
              RuleQuestion *rule = fallback_for_skill (doc->analyzer, skill->id);
              g_autofree char *text = substitute_skill (rule->text, skill->name);

              added = question_add (&set, text, rule->round, rule->competency, why);
              if (added)
                fallback_used++;
            }
          if (added)
            {
              progress = TRUE;
              break;
            }
        }
    }

  /* A thin bank still gives at least ten questions: broaden to the track
   * at any level, then to every track at this level. */
  if (set.out->len < 10)
    {
      g_autoptr(GPtrArray) wider = cal_catalog_find_questions (catalog, analysis->track, analysis->band, NULL, NULL);
      g_autoptr(GPtrArray) widest = cal_catalog_find_questions (catalog, NULL, analysis->band, NULL, NULL);
      GPtrArray *lists[] = { wider, widest };

      for (guint k = 0; k < G_N_ELEMENTS (lists) && set.out->len < 10; k++)
        for (guint i = 0; i < lists[k]->len && set.out->len < 10; i++)
          {
            const CalCatalogQuestion *q = g_ptr_array_index (lists[k], i);
            g_autofree char *why = g_strdup_printf (_("Common question for %s loops (catalog)"), role);
            question_add (&set, q->text, q->round, q->competency, why);
          }
    }

  /* Keep the loop order: questions of earlier rounds first. */
  for (guint r = 0; r <= analysis->rounds->len; r++)
    {
      const char *kind = r < analysis->rounds->len ? ((CalJdRound *) g_ptr_array_index (analysis->rounds, r))->kind : NULL;

      for (guint i = 0; i < set.out->len; i++)
        {
          CalJdQuestion *q = g_ptr_array_index (set.out, i);

          if (q == NULL)
            continue;
          if (kind == NULL || g_strcmp0 (q->round, kind) == 0)
            {
              g_ptr_array_add (analysis->questions, q);
              g_ptr_array_index (set.out, i) = NULL;
            }
        }
    }

  g_ptr_array_unref (set.out);
  g_hash_table_unref (set.seen);
}

/* --- entry points ------------------------------------------------------- */

static gboolean
count_words_at_least (const char *text,
                      guint       wanted)
{
  guint words = 0;
  gboolean in_word = FALSE;

  for (const char *p = text; *p != '\0' && words < wanted; p++)
    {
      gboolean alnum = g_ascii_isalnum (*p) || (guchar) *p >= 0x80;

      if (alnum && !in_word)
        words++;
      in_word = alnum;
    }
  return words >= wanted;
}

/**
 * cal_jd_analyzer_analyze:
 * @self: an analyzer
 * @text: the JD as UTF-8 text (Markdown headings welcome)
 * @front_matter: (nullable) (element-type utf8 utf8): key/values that take
 *   precedence (company, title, level), as cal_text_extract() returns them
 * @error: return location for a #GError in %CAL_JD_ERROR
 *
 * Reads a job description and predicts what the interview will test.
 * Deterministic: the same text always gives the same analysis.
 *
 * Returns: (transfer full): the analysis, or %NULL with @error set
 */
CalJdAnalysis *
cal_jd_analyzer_analyze (CalJdAnalyzer  *self,
                         const char     *text,
                         GHashTable     *front_matter,
                         GError        **error)
{
  g_autoptr(CalJdAnalysis) analysis = NULL;
  const char *end = NULL;
  gsize length;
  Doc doc = { 0 };
  TitleMatch match = { 0 };
  int title_line;
  const CalCatalogTrack *track = NULL;
  GPtrArray *round_cues;

  g_return_val_if_fail (CAL_IS_JD_ANALYZER (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  length = strlen (text);
  if (length > CAL_TEXT_MAX_SIZE)
    {
      g_set_error (error, CAL_JD_ERROR, CAL_JD_ERROR_TOO_LARGE,
                   _("The job description is longer than a megabyte. Paste only the job description itself."));
      return NULL;
    }
  if (!g_utf8_validate (text, length, &end))
    {
      g_set_error (error, CAL_JD_ERROR, CAL_JD_ERROR_INVALID,
                   _("The text is not valid UTF-8 (first bad byte at offset %zu). Save it as UTF-8 and try again."),
                   (gsize) (end - text));
      return NULL;
    }
  if (!count_words_at_least (text, 1))
    {
      g_set_error (error, CAL_JD_ERROR, CAL_JD_ERROR_EMPTY,
                   _("The job description is empty. Paste its text or open the file it is in."));
      return NULL;
    }
  if (!count_words_at_least (text, 8))
    {
      g_set_error (error, CAL_JD_ERROR, CAL_JD_ERROR_TOO_SHORT,
                   _("This text is too short to be a job description. Paste the whole posting, with its responsibilities and requirements."));
      return NULL;
    }

  analysis = cal_jd_analysis_new ();
  doc_init (&doc, self, text, front_matter);

  /* Title and track. */
  title_line = find_title_line (&doc, &match);
  if (front_matter != NULL && g_hash_table_lookup (front_matter, "title") != NULL)
    {
      analysis->title = g_strdup (g_hash_table_lookup (front_matter, "title"));
      /* Match the stated title as if it were the document's first line. */
      {
        Doc title_doc = { 0 };
        TitleMatch stated = { 0 };

        doc_init (&title_doc, self, analysis->title, NULL);
        match_title_line (&title_doc, doc_line (&title_doc, 0), &stated);
        if (stated.track >= 0)
          match.track = stated.track;
        doc_clear (&title_doc);
      }
    }
  else if (title_line >= 0)
    {
      g_autofree char *raw = line_text (&doc, doc_line (&doc, title_line));
      analysis->title = clean_title (raw);
    }

  if (match.track < 0)
    match.track = vote_track (&doc);
  else if (match.score <= 2 && title_line >= 0)
    {
      /* One generic word ("Engineer", "Developer") names the family only
       * loosely: the body decides if its favourite track shares a title
       * word ("Director, Developer Advocacy" → developer advocate). */
      int voted = vote_track (&doc);

      if (voted >= 0 && voted != match.track &&
          track_shares_title_word (&doc, voted, doc_line (&doc, title_line)))
        match.track = voted;
    }
  if (match.track >= 0)
    {
      track = g_ptr_array_index (cal_catalog_get_tracks (self->catalog), match.track);
      analysis->track = g_strdup (track->id);
    }

  analysis->years_min = analyze_years (&doc);
  analyze_remote (&doc, analysis);

  if (front_matter != NULL && g_hash_table_lookup (front_matter, "title") != NULL)
    {
      Doc title_doc = { 0 };
      TitleMatch stated = { 0 };

      doc_init (&title_doc, self, analysis->title, NULL);
      match_title_line (&title_doc, doc_line (&title_doc, 0), &stated);
      /* Levels come from the stated title; scope and years from the body. */
      title_doc.front_matter = front_matter;
      {
        g_autoptr(GPtrArray) levels = title_levels (&title_doc, doc_line (&title_doc, 0), &stated,
                                                    track != NULL && track->ladder ? track->ladder : "ic");
        if (levels->len > 0 || g_hash_table_lookup (front_matter, "level") != NULL)
          analyze_level (&title_doc, analysis, doc_line (&title_doc, 0), &stated, track);
      }
      doc_clear (&title_doc);
    }
  if (analysis->level == NULL)
    analyze_level (&doc, analysis, title_line >= 0 ? doc_line (&doc, title_line) : NULL, &match, track);

  analyze_company (&doc, analysis, title_line);
  analyze_skills (&doc, analysis);
  round_cues = analyze_body (&doc, analysis);
  analyze_rounds (&doc, analysis, round_cues);
  g_ptr_array_unref (round_cues);
  analyze_questions (&doc, analysis);

  doc_clear (&doc);
  return g_steal_pointer (&analysis);
}

/**
 * cal_jd_analyzer_analyze_bytes:
 * @self: an analyzer
 * @bytes: a .txt, .md, .html or .pdf file's contents
 * @file_name: (nullable): its name, as a hint for the format
 * @error: return location for a #GError in %CAL_TEXT_ERROR or %CAL_JD_ERROR
 *
 * Extracts the text with cal_text_extract() and analyses it.
 *
 * Returns: (transfer full): the analysis, or %NULL with @error set
 */
CalJdAnalysis *
cal_jd_analyzer_analyze_bytes (CalJdAnalyzer  *self,
                               GBytes         *bytes,
                               const char     *file_name,
                               GError        **error)
{
  g_autoptr(CalExtractedText) extracted = NULL;

  g_return_val_if_fail (CAL_IS_JD_ANALYZER (self), NULL);
  g_return_val_if_fail (bytes != NULL, NULL);

  extracted = cal_text_extract (bytes, file_name, NULL, error);
  if (extracted == NULL)
    return NULL;
  return cal_jd_analyzer_analyze (self, extracted->text, extracted->front_matter, error);
}

/**
 * cal_jd_analyzer_find_skills:
 * @self: an analyzer
 * @text: any text, e.g. a CV
 *
 * Finds the catalog skills @text names, with the line that names each.
 *
 * Returns: (transfer container) (element-type CalJdSkill): the skills in
 *   order of first mention; free with g_ptr_array_unref()
 */
GPtrArray *
cal_jd_analyzer_find_skills (CalJdAnalyzer *self,
                             const char    *text)
{
  g_autoptr(GArray) hits = NULL;
  GPtrArray *skills;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  Doc doc = { 0 };

  g_return_val_if_fail (CAL_IS_JD_ANALYZER (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  skills = g_ptr_array_new_with_free_func ((GDestroyNotify) cal_jd_skill_free);
  doc_init (&doc, self, text, NULL);
  hits = find_skill_hits (&doc);
  for (guint i = 0; i < hits->len; i++)
    {
      SkillHit *hit = &g_array_index (hits, SkillHit, i);
      g_autofree char *evidence = NULL;

      if (g_hash_table_contains (seen, hit->skill->id))
        continue;
      g_hash_table_add (seen, hit->skill->id);
      evidence = evidence_for_line (&doc, doc_line (&doc, doc_line_of_token (&doc, hit->token)));
      g_ptr_array_add (skills, cal_jd_skill_new (hit->skill->id, hit->skill->name, evidence));
    }
  doc_clear (&doc);
  return skills;
}
