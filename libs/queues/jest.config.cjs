module.exports = require('../../jest.preset.cjs')(__dirname, 'queues', { services: true });
