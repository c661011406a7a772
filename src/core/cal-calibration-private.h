/* cal-calibration-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cal-calibration.h"

G_BEGIN_DECLS

/* The calibrator fills the result in directly; everyone else reads it
 * through the getters. */
struct _CalCalibration
{
  GObject     parent_instance;

  CalScope    scope;
  char       *detected_level;
  char       *target_level;
  CalVerdict  verdict;
  char       *aim;
  gboolean    impact_first;
  gboolean    has_metric;
  gboolean    before_after;
  gboolean    star[CAL_STAR_N];
  guint       i_count;
  guint       we_count;
  GHashTable *hedges;        /* phrase → GUINT count */
  guint       passive_in_action;
  GPtrArray  *suggestions;   /* CalSuggestion */
  GPtrArray  *evidence;      /* CalScopeEvidence */
  GArray     *sentence_parts; /* guint per scanned sentence: bit per CalStarPart */
};

typedef struct
{
  CalScope  scope;
  double    weight;
  char     *phrase;
  char     *sentence;
} CalScopeEvidence;

void cal_calibration_add_suggestion (CalCalibration *self,
                                     const char     *kind,
                                     const char     *sentence,
                                     const char     *text);
void cal_calibration_add_evidence   (CalCalibration *self,
                                     CalScope        scope,
                                     double          weight,
                                     const char     *phrase,
                                     const char     *sentence);
void cal_count_map_add              (GHashTable     *counts,
                                     const char     *key);

G_END_DECLS
