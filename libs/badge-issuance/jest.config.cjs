module.exports = require('../../jest.preset.cjs')(__dirname, 'badge-issuance', { services: true });
