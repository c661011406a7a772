/* cal-plan-drafter-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  PHASE_LEARN,
  PHASE_DIAGNOSE,
  PHASE_ACT,
} Phase;

/* What fills a template's {who} or {area}: nothing, one of the JD's
 * stakeholders or one of its product areas. */
typedef enum
{
  SEED_NONE,
  SEED_STAKEHOLDER,
  SEED_AREA,
} Seed;

/* Bands that some items depend on; 0 means "any band". */
typedef enum
{
  BAND_ANY = 0,
  BAND_ENTRY = 1 << 0,
  BAND_MID = 1 << 1,
  BAND_SENIOR = 1 << 2,
  BAND_STAFF_PLUS = 1 << 3,
} Band;

/* One item of a plan before it is filled in. Seeded templates produce one
 * item per seed, up to `max`, taking seeds from `first` on, so that the
 * phases talk about different stakeholders where the JD names enough of
 * them. The text may hold {who} (a stakeholder), {area} (a product area)
 * and {level} (the level's name). */
typedef struct
{
  Phase       phase;
  int         priority;
  Seed        seed;
  guint       first;
  guint       max;
  Band        bands;
  const char *title;
  const char *detail;
  const char *rationale;
  const char *stakeholder;
  const char *outcome;
} ItemTemplate;

extern const ItemTemplate cal_plan_executive_items[];
extern const guint cal_plan_n_executive_items;
extern const ItemTemplate cal_plan_manager_items[];
extern const guint cal_plan_n_manager_items;
extern const ItemTemplate cal_plan_individual_items[];
extern const guint cal_plan_n_individual_items;
extern const ItemTemplate cal_plan_product_items[];
extern const guint cal_plan_n_product_items;

G_END_DECLS
