/* cal-offer.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-store"

#include "config.h"

#include "cal-offer.h"

/**
 * CalOffer:
 *
 * An offer received at the end of a #CalProcess.
 *
 * Every setter notifies only on a real change and then sets
 * #CalOffer:dirty, which is what the autosave looks for. The store clears
 * it after loading or writing the object; #CalOffer:id and the time stamps
 * are the store's bookkeeping and do not make the object dirty.
 */

struct _CalOffer
{
  GObject parent_instance;

  gint64    id;
  gint64    process_id;
  double    base_salary;
  double    bonus;
  double    equity;
  char     *vesting;
  char     *currency;
  char     *deadline;
  char     *notes;
  double    sign_on;
  double    bonus_pct;
  double    equity_grant;
  double    equity_units;
  double    equity_price;
  int       vesting_years;
  int       cliff_months;
  char     *schedule;
  char     *benefits;
  gint64    created;
  gint64    updated;
  gboolean  dirty;
};

G_DEFINE_FINAL_TYPE (CalOffer, cal_offer, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_PROCESS_ID,
  PROP_BASE_SALARY,
  PROP_BONUS,
  PROP_EQUITY,
  PROP_VESTING,
  PROP_CURRENCY,
  PROP_DEADLINE,
  PROP_NOTES,
  PROP_SIGN_ON,
  PROP_BONUS_PCT,
  PROP_EQUITY_GRANT,
  PROP_EQUITY_UNITS,
  PROP_EQUITY_PRICE,
  PROP_VESTING_YEARS,
  PROP_CLIFF_MONTHS,
  PROP_SCHEDULE,
  PROP_BENEFITS,
  PROP_CREATED,
  PROP_UPDATED,
  PROP_DIRTY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cal_offer_mark_dirty (CalOffer *self)
{
  if (self->dirty)
    return;

  self->dirty = TRUE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRTY]);
}

static void
cal_offer_finalize (GObject *object)
{
  CalOffer *self = (CalOffer *) object;

  g_free (self->vesting);
  g_free (self->currency);
  g_free (self->deadline);
  g_free (self->notes);
  g_free (self->schedule);
  g_free (self->benefits);

  G_OBJECT_CLASS (cal_offer_parent_class)->finalize (object);
}

static void
cal_offer_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  CalOffer *self = CAL_OFFER (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_PROCESS_ID:
      g_value_set_int64 (value, self->process_id);
      break;

    case PROP_BASE_SALARY:
      g_value_set_double (value, self->base_salary);
      break;

    case PROP_BONUS:
      g_value_set_double (value, self->bonus);
      break;

    case PROP_EQUITY:
      g_value_set_double (value, self->equity);
      break;

    case PROP_VESTING:
      g_value_set_string (value, self->vesting);
      break;

    case PROP_CURRENCY:
      g_value_set_string (value, self->currency);
      break;

    case PROP_DEADLINE:
      g_value_set_string (value, self->deadline);
      break;

    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;

    case PROP_SIGN_ON:
      g_value_set_double (value, self->sign_on);
      break;

    case PROP_BONUS_PCT:
      g_value_set_double (value, self->bonus_pct);
      break;

    case PROP_EQUITY_GRANT:
      g_value_set_double (value, self->equity_grant);
      break;

    case PROP_EQUITY_UNITS:
      g_value_set_double (value, self->equity_units);
      break;

    case PROP_EQUITY_PRICE:
      g_value_set_double (value, self->equity_price);
      break;

    case PROP_VESTING_YEARS:
      g_value_set_int (value, self->vesting_years);
      break;

    case PROP_CLIFF_MONTHS:
      g_value_set_int (value, self->cliff_months);
      break;

    case PROP_SCHEDULE:
      g_value_set_string (value, self->schedule);
      break;

    case PROP_BENEFITS:
      g_value_set_string (value, self->benefits);
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
cal_offer_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  CalOffer *self = CAL_OFFER (object);

  switch (prop_id)
    {
    case PROP_ID:
      cal_offer_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_PROCESS_ID:
      cal_offer_set_process_id (self, g_value_get_int64 (value));
      break;

    case PROP_BASE_SALARY:
      cal_offer_set_base_salary (self, g_value_get_double (value));
      break;

    case PROP_BONUS:
      cal_offer_set_bonus (self, g_value_get_double (value));
      break;

    case PROP_EQUITY:
      cal_offer_set_equity (self, g_value_get_double (value));
      break;

    case PROP_VESTING:
      cal_offer_set_vesting (self, g_value_get_string (value));
      break;

    case PROP_CURRENCY:
      cal_offer_set_currency (self, g_value_get_string (value));
      break;

    case PROP_DEADLINE:
      cal_offer_set_deadline (self, g_value_get_string (value));
      break;

    case PROP_NOTES:
      cal_offer_set_notes (self, g_value_get_string (value));
      break;

    case PROP_SIGN_ON:
      cal_offer_set_sign_on (self, g_value_get_double (value));
      break;

    case PROP_BONUS_PCT:
      cal_offer_set_bonus_pct (self, g_value_get_double (value));
      break;

    case PROP_EQUITY_GRANT:
      cal_offer_set_equity_grant (self, g_value_get_double (value));
      break;

    case PROP_EQUITY_UNITS:
      cal_offer_set_equity_units (self, g_value_get_double (value));
      break;

    case PROP_EQUITY_PRICE:
      cal_offer_set_equity_price (self, g_value_get_double (value));
      break;

    case PROP_VESTING_YEARS:
      cal_offer_set_vesting_years (self, g_value_get_int (value));
      break;

    case PROP_CLIFF_MONTHS:
      cal_offer_set_cliff_months (self, g_value_get_int (value));
      break;

    case PROP_SCHEDULE:
      cal_offer_set_schedule (self, g_value_get_string (value));
      break;

    case PROP_BENEFITS:
      cal_offer_set_benefits (self, g_value_get_string (value));
      break;

    case PROP_CREATED:
      cal_offer_set_created (self, g_value_get_int64 (value));
      break;

    case PROP_UPDATED:
      cal_offer_set_updated (self, g_value_get_int64 (value));
      break;

    case PROP_DIRTY:
      cal_offer_set_dirty (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cal_offer_class_init (CalOfferClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cal_offer_finalize;
  object_class->get_property = cal_offer_get_property;
  object_class->set_property = cal_offer_set_property;

  /**
   * CalOffer:id:
   *
   * The row id in the database, 0 while the object has never been stored.
   */
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalOffer:process-id:
   *
   * The #CalProcess the offer came from, 0 for none.
   */
  properties[PROP_PROCESS_ID] =
    g_param_spec_int64 ("process-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalOffer:base-salary:
   *
   * Yearly base salary, in @currency.
   */
  properties[PROP_BASE_SALARY] =
    g_param_spec_double ("base-salary", NULL, NULL,
                         0.0, G_MAXDOUBLE, 0.0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalOffer:bonus:
   *
   * Yearly target bonus, in @currency.
   */
  properties[PROP_BONUS] =
    g_param_spec_double ("bonus", NULL, NULL,
                         0.0, G_MAXDOUBLE, 0.0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalOffer:equity:
   *
   * Equity value per year, in @currency.
   */
  properties[PROP_EQUITY] =
    g_param_spec_double ("equity", NULL, NULL,
                         0.0, G_MAXDOUBLE, 0.0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalOffer:vesting:
   *
   * The vesting schedule, as written.
   */
  properties[PROP_VESTING] =
    g_param_spec_string ("vesting", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalOffer:currency:
   *
   * ISO 4217 currency code, e.g. `EUR`.
   */
  properties[PROP_CURRENCY] =
    g_param_spec_string ("currency", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalOffer:deadline:
   *
   * The day the answer is due, as `YYYY-MM-DD`, or empty.
   */
  properties[PROP_DEADLINE] =
    g_param_spec_string ("deadline", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalOffer:notes:
   *
   * Free notes.
   */
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalOffer:sign-on:
   *
   * One-off sign-on bonus, in @currency.
   */
  properties[PROP_SIGN_ON] =
    g_param_spec_double ("sign-on", NULL, NULL,
                         0.0, G_MAXDOUBLE, 0.0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalOffer:bonus-pct:
   *
   * Yearly target bonus as a percentage of the base salary.
   */
  properties[PROP_BONUS_PCT] =
    g_param_spec_double ("bonus-pct", NULL, NULL,
                         0.0, G_MAXDOUBLE, 0.0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalOffer:equity-grant:
   *
   * Total value of the equity grant over the whole vesting period, in @currency; when #CalOffer:equity-units is set it is units × price.
   */
  properties[PROP_EQUITY_GRANT] =
    g_param_spec_double ("equity-grant", NULL, NULL,
                         0.0, G_MAXDOUBLE, 0.0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalOffer:equity-units:
   *
   * Number of shares or units granted, 0 when the grant is given as a value.
   */
  properties[PROP_EQUITY_UNITS] =
    g_param_spec_double ("equity-units", NULL, NULL,
                         0.0, G_MAXDOUBLE, 0.0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalOffer:equity-price:
   *
   * Price of one unit, in @currency, used with #CalOffer:equity-units.
   */
  properties[PROP_EQUITY_PRICE] =
    g_param_spec_double ("equity-price", NULL, NULL,
                         0.0, G_MAXDOUBLE, 0.0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalOffer:vesting-years:
   *
   * Years over which the grant vests, 0 without equity.
   */
  properties[PROP_VESTING_YEARS] =
    g_param_spec_int ("vesting-years", NULL, NULL,
                      0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalOffer:cliff-months:
   *
   * Months before anything vests; at the cliff the amount accrued so far vests.
   */
  properties[PROP_CLIFF_MONTHS] =
    g_param_spec_int ("cliff-months", NULL, NULL,
                      0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalOffer:schedule:
   *
   * The share of the grant vesting each year, as comma-separated percentages (e.g. `40,30,20,10`), or empty for an even schedule.
   */
  properties[PROP_SCHEDULE] =
    g_param_spec_string ("schedule", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalOffer:benefits:
   *
   * Notes on benefits: pension, health, leave, remote budget…
   */
  properties[PROP_BENEFITS] =
    g_param_spec_string ("benefits", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalOffer:created:
   *
   * When it was first stored, in seconds since 1970 (UTC); 0 before.
   */
  properties[PROP_CREATED] =
    g_param_spec_int64 ("created", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalOffer:updated:
   *
   * When it was last stored, in seconds since 1970 (UTC); 0 before.
   */
  properties[PROP_UPDATED] =
    g_param_spec_int64 ("updated", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CalOffer:dirty:
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
cal_offer_init (CalOffer *self)
{
  self->vesting = g_strdup ("");
  self->currency = g_strdup ("");
  self->deadline = g_strdup ("");
  self->notes = g_strdup ("");
  self->schedule = g_strdup ("");
  self->benefits = g_strdup ("");
}

/**
 * cal_offer_new:
 *
 * Returns: (transfer full): a new, not yet stored #CalOffer
 */
CalOffer *
cal_offer_new (void)
{
  return g_object_new (CAL_TYPE_OFFER, NULL);
}

/**
 * cal_offer_get_id:
 * @self: a #CalOffer
 *
 * Returns: the #CalOffer:id property
 */
gint64
cal_offer_get_id (CalOffer *self)
{
  g_return_val_if_fail (CAL_IS_OFFER (self), 0);

  return self->id;
}

/**
 * cal_offer_set_id:
 * @self: a #CalOffer
 * @id: the new value
 *
 * This is the store's bookkeeping: it does not make the object dirty.
 *
 * Sets the #CalOffer:id property.
 */
void
cal_offer_set_id (CalOffer *self,
                  gint64 id)
{
  g_return_if_fail (CAL_IS_OFFER (self));

  g_return_if_fail (id >= 0);

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

/**
 * cal_offer_get_process_id:
 * @self: a #CalOffer
 *
 * Returns: the #CalOffer:process-id property
 */
gint64
cal_offer_get_process_id (CalOffer *self)
{
  g_return_val_if_fail (CAL_IS_OFFER (self), 0);

  return self->process_id;
}

/**
 * cal_offer_set_process_id:
 * @self: a #CalOffer
 * @process_id: the new value
 *
 * Sets the #CalOffer:process-id property.
 */
void
cal_offer_set_process_id (CalOffer *self,
                          gint64 process_id)
{
  g_return_if_fail (CAL_IS_OFFER (self));

  g_return_if_fail (process_id >= 0);

  if (self->process_id == process_id)
    return;

  self->process_id = process_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROCESS_ID]);
  cal_offer_mark_dirty (self);
}

/**
 * cal_offer_get_base_salary:
 * @self: a #CalOffer
 *
 * Returns: the #CalOffer:base-salary property
 */
double
cal_offer_get_base_salary (CalOffer *self)
{
  g_return_val_if_fail (CAL_IS_OFFER (self), 0);

  return self->base_salary;
}

/**
 * cal_offer_set_base_salary:
 * @self: a #CalOffer
 * @base_salary: the new value
 *
 * Sets the #CalOffer:base-salary property.
 */
void
cal_offer_set_base_salary (CalOffer *self,
                           double base_salary)
{
  g_return_if_fail (CAL_IS_OFFER (self));

  g_return_if_fail (base_salary >= 0);

  if (self->base_salary == base_salary)
    return;

  self->base_salary = base_salary;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BASE_SALARY]);
  cal_offer_mark_dirty (self);
}

/**
 * cal_offer_get_bonus:
 * @self: a #CalOffer
 *
 * Returns: the #CalOffer:bonus property
 */
double
cal_offer_get_bonus (CalOffer *self)
{
  g_return_val_if_fail (CAL_IS_OFFER (self), 0);

  return self->bonus;
}

/**
 * cal_offer_set_bonus:
 * @self: a #CalOffer
 * @bonus: the new value
 *
 * Sets the #CalOffer:bonus property.
 */
void
cal_offer_set_bonus (CalOffer *self,
                     double bonus)
{
  g_return_if_fail (CAL_IS_OFFER (self));

  g_return_if_fail (bonus >= 0);

  if (self->bonus == bonus)
    return;

  self->bonus = bonus;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BONUS]);
  cal_offer_mark_dirty (self);
}

/**
 * cal_offer_get_equity:
 * @self: a #CalOffer
 *
 * Returns: the #CalOffer:equity property
 */
double
cal_offer_get_equity (CalOffer *self)
{
  g_return_val_if_fail (CAL_IS_OFFER (self), 0);

  return self->equity;
}

/**
 * cal_offer_set_equity:
 * @self: a #CalOffer
 * @equity: the new value
 *
 * Sets the #CalOffer:equity property.
 */
void
cal_offer_set_equity (CalOffer *self,
                      double equity)
{
  g_return_if_fail (CAL_IS_OFFER (self));

  g_return_if_fail (equity >= 0);

  if (self->equity == equity)
    return;

  self->equity = equity;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EQUITY]);
  cal_offer_mark_dirty (self);
}

/**
 * cal_offer_get_vesting:
 * @self: a #CalOffer
 *
 * Returns: (transfer none) the #CalOffer:vesting property, never %NULL
 */
const char *
cal_offer_get_vesting (CalOffer *self)
{
  g_return_val_if_fail (CAL_IS_OFFER (self), NULL);

  return self->vesting;
}

/**
 * cal_offer_set_vesting:
 * @self: a #CalOffer
 * @vesting: (nullable) the new value; %NULL is stored as ""
 *
 * Sets the #CalOffer:vesting property.
 */
void
cal_offer_set_vesting (CalOffer *self,
                       const char *vesting)
{
  g_return_if_fail (CAL_IS_OFFER (self));

  if (g_strcmp0 (self->vesting, vesting != NULL ? vesting : "") == 0)
    return;

  g_free (self->vesting);
  self->vesting = g_strdup (vesting != NULL ? vesting : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VESTING]);
  cal_offer_mark_dirty (self);
}

/**
 * cal_offer_get_currency:
 * @self: a #CalOffer
 *
 * Returns: (transfer none) the #CalOffer:currency property, never %NULL
 */
const char *
cal_offer_get_currency (CalOffer *self)
{
  g_return_val_if_fail (CAL_IS_OFFER (self), NULL);

  return self->currency;
}

/**
 * cal_offer_set_currency:
 * @self: a #CalOffer
 * @currency: (nullable) the new value; %NULL is stored as ""
 *
 * Sets the #CalOffer:currency property.
 */
void
cal_offer_set_currency (CalOffer *self,
                        const char *currency)
{
  g_return_if_fail (CAL_IS_OFFER (self));

  if (g_strcmp0 (self->currency, currency != NULL ? currency : "") == 0)
    return;

  g_free (self->currency);
  self->currency = g_strdup (currency != NULL ? currency : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENCY]);
  cal_offer_mark_dirty (self);
}

/**
 * cal_offer_get_deadline:
 * @self: a #CalOffer
 *
 * Returns: (transfer none) the #CalOffer:deadline property, never %NULL
 */
const char *
cal_offer_get_deadline (CalOffer *self)
{
  g_return_val_if_fail (CAL_IS_OFFER (self), NULL);

  return self->deadline;
}

/**
 * cal_offer_set_deadline:
 * @self: a #CalOffer
 * @deadline: (nullable) the new value; %NULL is stored as ""
 *
 * Sets the #CalOffer:deadline property.
 */
void
cal_offer_set_deadline (CalOffer *self,
                        const char *deadline)
{
  g_return_if_fail (CAL_IS_OFFER (self));

  if (g_strcmp0 (self->deadline, deadline != NULL ? deadline : "") == 0)
    return;

  g_free (self->deadline);
  self->deadline = g_strdup (deadline != NULL ? deadline : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DEADLINE]);
  cal_offer_mark_dirty (self);
}

/**
 * cal_offer_get_notes:
 * @self: a #CalOffer
 *
 * Returns: (transfer none) the #CalOffer:notes property, never %NULL
 */
const char *
cal_offer_get_notes (CalOffer *self)
{
  g_return_val_if_fail (CAL_IS_OFFER (self), NULL);

  return self->notes;
}

/**
 * cal_offer_set_notes:
 * @self: a #CalOffer
 * @notes: (nullable) the new value; %NULL is stored as ""
 *
 * Sets the #CalOffer:notes property.
 */
void
cal_offer_set_notes (CalOffer *self,
                     const char *notes)
{
  g_return_if_fail (CAL_IS_OFFER (self));

  if (g_strcmp0 (self->notes, notes != NULL ? notes : "") == 0)
    return;

  g_free (self->notes);
  self->notes = g_strdup (notes != NULL ? notes : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
  cal_offer_mark_dirty (self);
}

/**
 * cal_offer_get_sign_on:
 * @self: a #CalOffer
 *
 * Returns: the #CalOffer:sign-on property
 */
double
cal_offer_get_sign_on (CalOffer *self)
{
  g_return_val_if_fail (CAL_IS_OFFER (self), 0);

  return self->sign_on;
}

/**
 * cal_offer_set_sign_on:
 * @self: a #CalOffer
 * @sign_on: the new value
 *
 * Sets the #CalOffer:sign-on property.
 */
void
cal_offer_set_sign_on (CalOffer *self,
                       double sign_on)
{
  g_return_if_fail (CAL_IS_OFFER (self));

  g_return_if_fail (sign_on >= 0);

  if (self->sign_on == sign_on)
    return;

  self->sign_on = sign_on;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIGN_ON]);
  cal_offer_mark_dirty (self);
}

/**
 * cal_offer_get_bonus_pct:
 * @self: a #CalOffer
 *
 * Returns: the #CalOffer:bonus-pct property
 */
double
cal_offer_get_bonus_pct (CalOffer *self)
{
  g_return_val_if_fail (CAL_IS_OFFER (self), 0);

  return self->bonus_pct;
}

/**
 * cal_offer_set_bonus_pct:
 * @self: a #CalOffer
 * @bonus_pct: the new value
 *
 * Sets the #CalOffer:bonus-pct property.
 */
void
cal_offer_set_bonus_pct (CalOffer *self,
                         double bonus_pct)
{
  g_return_if_fail (CAL_IS_OFFER (self));

  g_return_if_fail (bonus_pct >= 0);

  if (self->bonus_pct == bonus_pct)
    return;

  self->bonus_pct = bonus_pct;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BONUS_PCT]);
  cal_offer_mark_dirty (self);
}

/**
 * cal_offer_get_equity_grant:
 * @self: a #CalOffer
 *
 * Returns: the #CalOffer:equity-grant property
 */
double
cal_offer_get_equity_grant (CalOffer *self)
{
  g_return_val_if_fail (CAL_IS_OFFER (self), 0);

  return self->equity_grant;
}

/**
 * cal_offer_set_equity_grant:
 * @self: a #CalOffer
 * @equity_grant: the new value
 *
 * Sets the #CalOffer:equity-grant property.
 */
void
cal_offer_set_equity_grant (CalOffer *self,
                            double equity_grant)
{
  g_return_if_fail (CAL_IS_OFFER (self));

  g_return_if_fail (equity_grant >= 0);

  if (self->equity_grant == equity_grant)
    return;

  self->equity_grant = equity_grant;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EQUITY_GRANT]);
  cal_offer_mark_dirty (self);
}

/**
 * cal_offer_get_equity_units:
 * @self: a #CalOffer
 *
 * Returns: the #CalOffer:equity-units property
 */
double
cal_offer_get_equity_units (CalOffer *self)
{
  g_return_val_if_fail (CAL_IS_OFFER (self), 0);

  return self->equity_units;
}

/**
 * cal_offer_set_equity_units:
 * @self: a #CalOffer
 * @equity_units: the new value
 *
 * Sets the #CalOffer:equity-units property.
 */
void
cal_offer_set_equity_units (CalOffer *self,
                            double equity_units)
{
  g_return_if_fail (CAL_IS_OFFER (self));

  g_return_if_fail (equity_units >= 0);

  if (self->equity_units == equity_units)
    return;

  self->equity_units = equity_units;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EQUITY_UNITS]);
  cal_offer_mark_dirty (self);
}

/**
 * cal_offer_get_equity_price:
 * @self: a #CalOffer
 *
 * Returns: the #CalOffer:equity-price property
 */
double
cal_offer_get_equity_price (CalOffer *self)
{
  g_return_val_if_fail (CAL_IS_OFFER (self), 0);

  return self->equity_price;
}

/**
 * cal_offer_set_equity_price:
 * @self: a #CalOffer
 * @equity_price: the new value
 *
 * Sets the #CalOffer:equity-price property.
 */
void
cal_offer_set_equity_price (CalOffer *self,
                            double equity_price)
{
  g_return_if_fail (CAL_IS_OFFER (self));

  g_return_if_fail (equity_price >= 0);

  if (self->equity_price == equity_price)
    return;

  self->equity_price = equity_price;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EQUITY_PRICE]);
  cal_offer_mark_dirty (self);
}

/**
 * cal_offer_get_vesting_years:
 * @self: a #CalOffer
 *
 * Returns: the #CalOffer:vesting-years property
 */
int
cal_offer_get_vesting_years (CalOffer *self)
{
  g_return_val_if_fail (CAL_IS_OFFER (self), 0);

  return self->vesting_years;
}

/**
 * cal_offer_set_vesting_years:
 * @self: a #CalOffer
 * @vesting_years: the new value
 *
 * Sets the #CalOffer:vesting-years property.
 */
void
cal_offer_set_vesting_years (CalOffer *self,
                             int vesting_years)
{
  g_return_if_fail (CAL_IS_OFFER (self));

  g_return_if_fail (vesting_years >= 0);

  if (self->vesting_years == vesting_years)
    return;

  self->vesting_years = vesting_years;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VESTING_YEARS]);
  cal_offer_mark_dirty (self);
}

/**
 * cal_offer_get_cliff_months:
 * @self: a #CalOffer
 *
 * Returns: the #CalOffer:cliff-months property
 */
int
cal_offer_get_cliff_months (CalOffer *self)
{
  g_return_val_if_fail (CAL_IS_OFFER (self), 0);

  return self->cliff_months;
}

/**
 * cal_offer_set_cliff_months:
 * @self: a #CalOffer
 * @cliff_months: the new value
 *
 * Sets the #CalOffer:cliff-months property.
 */
void
cal_offer_set_cliff_months (CalOffer *self,
                            int cliff_months)
{
  g_return_if_fail (CAL_IS_OFFER (self));

  g_return_if_fail (cliff_months >= 0);

  if (self->cliff_months == cliff_months)
    return;

  self->cliff_months = cliff_months;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLIFF_MONTHS]);
  cal_offer_mark_dirty (self);
}

/**
 * cal_offer_get_schedule:
 * @self: a #CalOffer
 *
 * Returns: (transfer none) the #CalOffer:schedule property, never %NULL
 */
const char *
cal_offer_get_schedule (CalOffer *self)
{
  g_return_val_if_fail (CAL_IS_OFFER (self), NULL);

  return self->schedule;
}

/**
 * cal_offer_set_schedule:
 * @self: a #CalOffer
 * @schedule: (nullable) the new value; %NULL is stored as ""
 *
 * Sets the #CalOffer:schedule property.
 */
void
cal_offer_set_schedule (CalOffer *self,
                        const char *schedule)
{
  g_return_if_fail (CAL_IS_OFFER (self));

  if (g_strcmp0 (self->schedule, schedule != NULL ? schedule : "") == 0)
    return;

  g_free (self->schedule);
  self->schedule = g_strdup (schedule != NULL ? schedule : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCHEDULE]);
  cal_offer_mark_dirty (self);
}

/**
 * cal_offer_get_benefits:
 * @self: a #CalOffer
 *
 * Returns: (transfer none) the #CalOffer:benefits property, never %NULL
 */
const char *
cal_offer_get_benefits (CalOffer *self)
{
  g_return_val_if_fail (CAL_IS_OFFER (self), NULL);

  return self->benefits;
}

/**
 * cal_offer_set_benefits:
 * @self: a #CalOffer
 * @benefits: (nullable) the new value; %NULL is stored as ""
 *
 * Sets the #CalOffer:benefits property.
 */
void
cal_offer_set_benefits (CalOffer *self,
                        const char *benefits)
{
  g_return_if_fail (CAL_IS_OFFER (self));

  if (g_strcmp0 (self->benefits, benefits != NULL ? benefits : "") == 0)
    return;

  g_free (self->benefits);
  self->benefits = g_strdup (benefits != NULL ? benefits : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BENEFITS]);
  cal_offer_mark_dirty (self);
}

/**
 * cal_offer_get_created:
 * @self: a #CalOffer
 *
 * Returns: the #CalOffer:created property
 */
gint64
cal_offer_get_created (CalOffer *self)
{
  g_return_val_if_fail (CAL_IS_OFFER (self), 0);

  return self->created;
}

/**
 * cal_offer_set_created:
 * @self: a #CalOffer
 * @created: the new value
 *
 * This is the store's bookkeeping: it does not make the object dirty.
 *
 * Sets the #CalOffer:created property.
 */
void
cal_offer_set_created (CalOffer *self,
                       gint64 created)
{
  g_return_if_fail (CAL_IS_OFFER (self));

  g_return_if_fail (created >= 0);

  if (self->created == created)
    return;

  self->created = created;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED]);
}

/**
 * cal_offer_get_updated:
 * @self: a #CalOffer
 *
 * Returns: the #CalOffer:updated property
 */
gint64
cal_offer_get_updated (CalOffer *self)
{
  g_return_val_if_fail (CAL_IS_OFFER (self), 0);

  return self->updated;
}

/**
 * cal_offer_set_updated:
 * @self: a #CalOffer
 * @updated: the new value
 *
 * This is the store's bookkeeping: it does not make the object dirty.
 *
 * Sets the #CalOffer:updated property.
 */
void
cal_offer_set_updated (CalOffer *self,
                       gint64 updated)
{
  g_return_if_fail (CAL_IS_OFFER (self));

  g_return_if_fail (updated >= 0);

  if (self->updated == updated)
    return;

  self->updated = updated;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UPDATED]);
}

/**
 * cal_offer_get_dirty:
 * @self: a #CalOffer
 *
 * Returns: the #CalOffer:dirty property
 */
gboolean
cal_offer_get_dirty (CalOffer *self)
{
  g_return_val_if_fail (CAL_IS_OFFER (self), FALSE);

  return self->dirty;
}

/**
 * cal_offer_set_dirty:
 * @self: a #CalOffer
 * @dirty: the new value
 *
 * This is the store's bookkeeping: it does not make the object dirty.
 *
 * Sets the #CalOffer:dirty property.
 */
void
cal_offer_set_dirty (CalOffer *self,
                     gboolean dirty)
{
  g_return_if_fail (CAL_IS_OFFER (self));

  dirty = !!dirty;
  if (self->dirty == dirty)
    return;

  self->dirty = dirty;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRTY]);
}
