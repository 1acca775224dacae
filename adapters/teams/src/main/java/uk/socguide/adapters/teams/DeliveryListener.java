package uk.socguide.adapters.teams;

/** Told how each outgoing Teams message ended, for the metrics. */
interface DeliveryListener {
  DeliveryListener NONE =
      new DeliveryListener() {
        @Override
        public void delivered(int attempts) {}

        @Override
        public void failed(String reason) {}
      };

  /** The connector accepted the message. */
  void delivered(int attempts);

  /** The message was given up on; {@code reason} is a status or error class, never content. */
  void failed(String reason);
}
