package uk.socguide.adapters.telegram;

/** Told when a reply could not be delivered, so the failure can be counted. */
@FunctionalInterface
interface DeliveryListener {

  DeliveryListener NONE = reason -> {};

  /**
   * @param reason a short, fixed description such as {@code "refused 403"}; never user content
   */
  void failed(String reason);
}
