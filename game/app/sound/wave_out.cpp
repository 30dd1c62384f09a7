#include "app/sound/wave_out.h"

#ifdef _WIN32

#include <windows.h>
#include <mmsystem.h>

#include <array>
#include <atomic>
#include <thread>
#include <vector>

namespace mingle::app {

namespace {
// Four blocks of 512 samples: about 90 ms queued at 22,050 samples a second, short enough that
// a click follows the key press it answers.
constexpr std::size_t kBlocks = 4;
constexpr std::size_t kBlockSamples = 512;
}  // namespace

struct WaveOut::Impl {
  HWAVEOUT device = nullptr;
  HANDLE block_done = nullptr;
  std::array<WAVEHDR, kBlocks> headers{};
  std::array<std::vector<std::int16_t>, kBlocks> blocks;
  Fill fill;
  std::atomic<bool> stopping{false};
  std::thread feeder;

  void queue(WAVEHDR& h, std::vector<std::int16_t>& block) {
    fill(block.data(), block.size());
    h.dwFlags &= ~static_cast<DWORD>(WHDR_DONE);
    waveOutWrite(device, &h, sizeof(WAVEHDR));
  }

  // The device sets WHDR_DONE on a block it has played and signals the event; each such block
  // is refilled and queued again, until the board closes.
  void feed() {
    while (!stopping) {
      WaitForSingleObject(block_done, 100);
      for (std::size_t i = 0; i < kBlocks && !stopping; ++i)
        if (headers[i].dwFlags & WHDR_DONE) queue(headers[i], blocks[i]);
    }
  }

  ~Impl() {
    if (feeder.joinable()) {
      stopping = true;
      SetEvent(block_done);
      feeder.join();
    }
    if (device) {
      waveOutReset(device);
      for (auto& h : headers)
        if (h.dwFlags & WHDR_PREPARED) waveOutUnprepareHeader(device, &h, sizeof(WAVEHDR));
      waveOutClose(device);
    }
    if (block_done) CloseHandle(block_done);
  }
};

WaveOut::WaveOut() = default;
WaveOut::~WaveOut() = default;

bool WaveOut::open(unsigned sample_rate, Fill fill) {
  auto impl = std::make_unique<Impl>();
  impl->fill = std::move(fill);
  impl->block_done = CreateEventW(nullptr, FALSE, FALSE, nullptr);
  if (!impl->block_done) return false;
  WAVEFORMATEX format{};
  format.wFormatTag = WAVE_FORMAT_PCM;
  format.nChannels = 1;
  format.nSamplesPerSec = sample_rate;
  format.wBitsPerSample = 16;
  format.nBlockAlign = 2;
  format.nAvgBytesPerSec = sample_rate * 2;
  if (waveOutOpen(&impl->device, WAVE_MAPPER, &format, reinterpret_cast<DWORD_PTR>(impl->block_done), 0,
                  CALLBACK_EVENT) != MMSYSERR_NOERROR) {
    impl->device = nullptr;
    return false;
  }
  for (std::size_t i = 0; i < kBlocks; ++i) {
    impl->blocks[i].assign(kBlockSamples, 0);
    WAVEHDR& h = impl->headers[i];
    h.lpData = reinterpret_cast<LPSTR>(impl->blocks[i].data());
    h.dwBufferLength = static_cast<DWORD>(kBlockSamples * sizeof(std::int16_t));
    if (waveOutPrepareHeader(impl->device, &h, sizeof(WAVEHDR)) != MMSYSERR_NOERROR) return false;
    impl->queue(h, impl->blocks[i]);
  }
  Impl* raw = impl.get();
  impl->feeder = std::thread([raw] { raw->feed(); });
  impl_ = std::move(impl);
  return true;
}

}  // namespace mingle::app

#endif  // _WIN32
