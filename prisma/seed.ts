// Placeholder replaced below in this session.
